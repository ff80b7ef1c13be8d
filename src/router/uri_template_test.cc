#include "router/uri_template.h"

#include <gtest/gtest.h>

namespace mcpgw::router {
namespace {

struct Case {
  const char* tmpl;
  const char* uri;
  bool match;
};

TEST(MatchesUriTemplate, Table) {
  const Case cases[] = {
      {"demo://items/{id}", "demo://items/7", true},
      {"demo://items/{id}", "demo://items/", false},
      {"demo://items/{id}", "demo://items/7/8", false},
      {"demo://items/{+path}", "demo://items/7/8", true},
      {"file:///{path}", "file:///tmp", true},
      {"repo://{owner}/{name}/readme", "repo://a/b/readme", true},
      {"repo://{owner}/{name}/readme", "repo://a/readme", false},
      {"test://static/resource/{id}", "test://static/resource/12", true},
      {"demo://items/{id", "demo://items/7", false},
      {"plain://x", "plain://x", true},
      {"plain://x", "plain://y", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(MatchesUriTemplate(c.tmpl, c.uri), c.match) << c.tmpl << " vs " << c.uri;
}

}  // namespace
}  // namespace mcpgw::router
