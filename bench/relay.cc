// mcp-bench-relay: the floor of any stdio proxy. Spawns COMMAND and copies bytes stdin -> child
// and child -> stdout with blocking read/write, one thread per direction (so a full pipe one way
// never stalls the other), understanding nothing. Benchmarked beside the gateway, it shows how
// much of the gateway's added latency and CPU is the extra process hop itself (pipe copies and
// context switches) rather than the gateway's own work.
//
// Usage: mcp-bench-relay COMMAND ARGS...   Exits once its input has ended and the child has
// closed its output. Linux/POSIX only.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

namespace {

// Copies `from` to `to` until end of file or an error, then closes `to`.
void Copy(int from, int to) {
  static thread_local char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = read(from, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bool written = true;
    for (ssize_t done = 0; done < n && written;) {
      const ssize_t w = write(to, buffer + done, static_cast<size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      written = w > 0;
      done += w;
    }
    if (!written) break;
  }
  close(to);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: mcp-bench-relay COMMAND ARGS...\n");
    return 64;
  }
  signal(SIGPIPE, SIG_IGN);
  int to_child[2];
  int from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) {
    std::perror("pipe");
    return 1;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("fork");
    return 1;
  }
  if (pid == 0) {
    dup2(to_child[0], STDIN_FILENO);
    dup2(from_child[1], STDOUT_FILENO);
    close(to_child[0]);
    close(to_child[1]);
    close(from_child[0]);
    close(from_child[1]);
    execvp(argv[1], argv + 1);
    std::fprintf(stderr, "exec %s: %s\n", argv[1], std::strerror(errno));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  std::thread responses(Copy, from_child[0], STDOUT_FILENO);
  Copy(STDIN_FILENO, to_child[1]);  // returns at end of input; the child then sees end of file
  responses.join();
  int status = 0;
  waitpid(pid, &status, 0);
  return 0;
}
