#include "downstream/stdio_transport.h"

#include "core/line_framer.h"
#include "core/line_writer.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <spdlog/spdlog.h>

#include <array>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace mcpgw::downstream {

namespace asio = boost::asio;

struct StdioTransport::Impl : std::enable_shared_from_this<StdioTransport::Impl> {
  Impl(asio::io_context& io, router::Router& router, StdioTransportOptions options,
       std::function<void()> on_closed)
      : io(io),
        router(router),
        options(options),
        on_closed(std::move(on_closed)),
        input(io),
        output(io),
        writer(output, [this](boost::system::error_code ec) {
          spdlog::info("stdio stdout closed: {}", ec.message());
          Closed();
        }),
        framer(options.max_message_size) {}

  void Start() {
    // Duplicates, so closing our descriptors never closes the process's fds 0 and 1.
    boost::system::error_code ec;
    input.assign(::dup(options.input_fd), ec);
    if (ec) {
      // Regular files and /dev/null cannot be polled: read them on a helper thread.
      input_is_file = true;
    }
    output.assign(::dup(options.output_fd), ec);
    if (ec) spdlog::error("stdio cannot use stdout: {}", ec.message());
    writer.set_owner(weak_from_this());
    // The session is owned here: its output callback holds the transport weakly (a strong
    // reference would be a cycle that keeps both alive after the transport is gone).
    session = std::make_shared<Session>(
        router,
        [weak = weak_from_this()](std::string text, std::string_view, bool) {
          auto self = weak.lock();
          if (self && !text.empty()) self->writer.Write(std::move(text));
        },
        [&] {
          SessionOptions session_options = options.session;
          session_options.max_message_size = options.max_message_size;
          return session_options;
        }());
    session->SetIdentity("stdio", "");
    session->Open();
    if (input_is_file) {
      StartFileReader();
    } else {
      Read();
    }
  }

  void Read() {
    if (closed) return;
    if (writer.queued_bytes() > options.max_queued_output) {
      auto self = shared_from_this();
      writer.OnDrained([self] { self->Read(); });
      return;
    }
    auto self = shared_from_this();
    input.async_read_some(asio::buffer(buffer), [self](boost::system::error_code ec,
                                                       std::size_t n) {
      if (ec) {
        if (ec != asio::error::eof) spdlog::warn("stdio stdin read failed: {}", ec.message());
        self->Closed();
        return;
      }
      self->Feed(std::string_view(self->buffer.data(), n));
      self->Read();
    });
  }

  // Bytes read by the helper thread and not yet consumed on the io thread. The thread waits
  // while kMaxReaderBacklog bytes are outstanding, so a fast file cannot grow memory.
  struct ReaderBacklog {
    std::mutex mutex;
    std::condition_variable room;
    std::size_t bytes = 0;
    bool stop = false;
  };

  void StartFileReader() {
    const int fd = ::dup(options.input_fd);
    auto self = shared_from_this();
    backlog = std::make_shared<ReaderBacklog>();
    std::thread([self, fd, backlog = backlog, limit = options.max_reader_backlog] {
      std::array<char, 65536> chunk;
      while (true) {
        {
          std::unique_lock lock(backlog->mutex);
          backlog->room.wait(lock, [&] { return backlog->bytes < limit || backlog->stop; });
          if (backlog->stop) break;
        }
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n <= 0) break;
        {
          std::lock_guard lock(backlog->mutex);
          backlog->bytes += static_cast<std::size_t>(n);
        }
        std::string data(chunk.data(), static_cast<std::size_t>(n));
        asio::post(self->io, [self, data = std::move(data)] {
          if (!self->closed) self->Feed(data);
          self->ReleaseBacklog(data.size());
        });
      }
      ::close(fd);
      asio::post(self->io, [self] { self->Closed(); });
    }).detach();
  }

  // Consumed `n` bytes of the reader's backlog; while stdout is backed up the release waits,
  // which in turn holds the reader thread (the same backpressure as the polled path).
  void ReleaseBacklog(std::size_t n) {
    if (!closed && writer.queued_bytes() > options.max_queued_output) {
      auto self = shared_from_this();
      writer.OnDrained([self, n] { self->ReleaseBacklog(n); });
      return;
    }
    {
      std::lock_guard lock(backlog->mutex);
      backlog->bytes -= n;
    }
    backlog->room.notify_one();
  }

  void Feed(std::string_view data) {
    framer.Feed(
        data,
        [&](std::string_view line) {
          // One message's exception boundary: the failure is logged and answered with an
          // internal error (id null: it is not known here); the next line is served as usual.
          try {
            DispatchLine(line);
          } catch (const std::exception& e) {
            spdlog::error("stdio message handling failed: reason={}", e.what());
            session->OnInvalidMessage(core::MessageError{
                core::kInternalError, "internal error in mcp-gateway", nullptr});
          }
        },
        [&](std::size_t dropped) {
          // The id is a hint from the message's first and last bytes; null when not found.
          session->OnInvalidMessage(core::MessageError{
              core::kMessageTooLarge,
              core::MessageTooLargeText("message", dropped, options.max_message_size),
              core::SniffId(framer.dropped_head(), framer.dropped_tail())});
        });
  }

  void DispatchLine(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '[') {
      auto value = core::ParseJson(line);
      if (!value) {
        session->OnInvalidMessage(value.error());
      } else if (value->is_array()) {
        session->OnBatch(std::move(value->get_array()));
      } else {
        session->OnInvalidMessage(
            core::MessageError{core::kInvalidRequest, "invalid JSON-RPC message", nullptr});
      }
      return;
    }
    auto parsed = core::WireMessage::Inspect(std::string(line));
    if (parsed) {
      session->OnMessage(std::move(*parsed));
    } else {
      session->OnInvalidMessage(parsed.error());
    }
  }

  void Closed() {
    if (closed) return;
    closed = true;
    boost::system::error_code ignored;
    input.cancel(ignored);
    if (backlog) {
      {
        std::lock_guard lock(backlog->mutex);
        backlog->stop = true;
      }
      backlog->room.notify_one();
    }
    if (session) session->Close();
    if (on_closed) asio::post(io, std::exchange(on_closed, nullptr));
  }

  asio::io_context& io;
  router::Router& router;
  StdioTransportOptions options;
  std::function<void()> on_closed;
  asio::posix::stream_descriptor input;
  asio::posix::stream_descriptor output;
  core::LineWriter<asio::posix::stream_descriptor> writer;
  core::LineFramer framer;
  std::array<char, 65536> buffer;
  std::shared_ptr<Session> session;
  std::shared_ptr<ReaderBacklog> backlog;  // set when stdin is read by the helper thread
  bool input_is_file = false;
  bool closed = false;
};

StdioTransport::StdioTransport(asio::io_context& io, router::Router& router,
                               StdioTransportOptions options, std::function<void()> on_closed)
    : impl_(std::make_shared<Impl>(io, router, options, std::move(on_closed))) {}

StdioTransport::~StdioTransport() = default;

void StdioTransport::Start() { impl_->Start(); }

void StdioTransport::Shutdown(std::function<void()> done) {
  impl_->Closed();
  impl_->writer.OnDrained(std::move(done));
}

}  // namespace mcpgw::downstream
