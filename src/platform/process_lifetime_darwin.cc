#include "platform/process_lifetime.h"

#include <sys/event.h>

#include <cerrno>
#include <csignal>
#include <thread>
#include <unistd.h>

namespace mcpgw::platform {

int TieChildToParent(pid_t gateway_pid) {
  // No PDEATHSIG on macOS: the child sees EOF on stdin when the gateway dies, and the gateway's
  // shutdown path signals the child's process group.
  if (::getppid() != gateway_pid) ::_exit(127);
  return 0;
}

int WatchOwnParent() {
  const pid_t parent = ::getppid();
  const int kq = ::kqueue();
  if (kq < 0) return errno;
  struct kevent change;
  EV_SET(&change, parent, EVFILT_PROC, EV_ADD | EV_ONESHOT, NOTE_EXIT, 0, nullptr);
  if (::kevent(kq, &change, 1, nullptr, 0, nullptr) < 0) {
    const int err = errno;
    ::close(kq);
    if (err == ESRCH) ::raise(SIGTERM);
    return err;
  }
  std::thread([kq] {
    struct kevent event;
    if (::kevent(kq, nullptr, 0, &event, 1, nullptr) > 0) ::raise(SIGTERM);
    ::close(kq);
  }).detach();
  return 0;
}

}  // namespace mcpgw::platform
