#include "platform/process_lifetime.h"

#include <sys/prctl.h>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace mcpgw::platform {

int TieChildToParent(pid_t gateway_pid) {
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return errno;
  // The gateway may have died between fork() and prctl(): then we were re-parented already.
  if (::getppid() != gateway_pid) ::_exit(127);
  return 0;
}

int WatchOwnParent() {
  const pid_t parent = ::getppid();
  if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0) return errno;
  if (::getppid() != parent) ::raise(SIGTERM);
  return 0;
}

}  // namespace mcpgw::platform
