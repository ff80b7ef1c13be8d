#include "config/duplicate_keys.h"

#include <boost/json/basic_parser_impl.hpp>
#include <cstdint>
#include <set>

namespace mcpgw::config {
namespace {

namespace json = boost::json;
using boost::system::error_code;

// A SAX handler that tracks the path to the current value and the keys seen in each open object.
class DuplicateKeyHandler {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::vector<std::string> duplicates;

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code&) { return Open(/*object=*/true); }
  bool on_object_end(std::size_t, error_code&) { return Close(); }
  bool on_array_begin(error_code&) { return Open(/*object=*/false); }
  bool on_array_end(std::size_t, error_code&) { return Close(); }
  bool on_key_part(json::string_view part, std::size_t, error_code&) {
    key_.append(part.data(), part.size());
    return true;
  }
  bool on_key(json::string_view part, std::size_t, error_code&) {
    key_.append(part.data(), part.size());
    Frame& frame = frames_.back();
    frame.pending = key_;
    if (!frame.keys.insert(key_).second) duplicates.push_back(PathTo(key_));
    key_.clear();
    return true;
  }
  bool on_string_part(json::string_view, std::size_t, error_code&) { return true; }
  bool on_string(json::string_view, std::size_t, error_code&) { return Scalar(); }
  bool on_number_part(json::string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, json::string_view, error_code&) { return Scalar(); }
  bool on_uint64(std::uint64_t, json::string_view, error_code&) { return Scalar(); }
  bool on_double(double, json::string_view, error_code&) { return Scalar(); }
  bool on_bool(bool, error_code&) { return Scalar(); }
  bool on_null(error_code&) { return Scalar(); }
  bool on_comment_part(json::string_view, error_code&) { return true; }
  bool on_comment(json::string_view, error_code&) { return true; }

 private:
  struct Frame {
    bool object;
    std::string path;            // this container's path
    std::set<std::string> keys;  // objects: keys seen so far
    std::string pending;         // objects: the key whose value comes next
    std::size_t index = 0;       // arrays: the index of the next element
  };

  // The path of the value about to be read in the innermost container.
  std::string ChildPath() const {
    if (frames_.empty()) return {};
    const Frame& frame = frames_.back();
    if (!frame.object) return frame.path + "[" + std::to_string(frame.index) + "]";
    return PathTo(frame.pending);
  }
  std::string PathTo(const std::string& key) const {
    const std::string& parent = frames_.back().path;
    return parent.empty() ? key : parent + "." + key;
  }
  bool Open(bool object) {
    std::string path = ChildPath();
    frames_.push_back(Frame{object, std::move(path), {}, {}, 0});
    return true;
  }
  bool Close() {
    frames_.pop_back();
    return Scalar();  // the closed container was one value of its parent
  }
  bool Scalar() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    return true;
  }

  std::vector<Frame> frames_;
  std::string key_;
};

}  // namespace

std::vector<std::string> FindDuplicateKeys(std::string_view text,
                                           const json::parse_options& options) {
  json::basic_parser<DuplicateKeyHandler> parser(options);
  error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
  return std::move(parser.handler().duplicates);
}

}  // namespace mcpgw::config
