// TempDir: a fresh directory under $TMPDIR (or /tmp), removed with its contents on destruction.
//
// Threading: plain value; use from one thread.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace mcpgw::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "mcpgw-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to `name` inside the directory with the given permissions; returns its path.
  std::string WriteFile(const std::string& name, const std::string& content,
                        std::filesystem::perms perms = std::filesystem::perms::owner_read |
                                                       std::filesystem::perms::owner_write) const {
    const std::filesystem::path file = path_ / name;
    std::ofstream(file) << content;
    std::filesystem::permissions(file, perms);
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace mcpgw::testing
