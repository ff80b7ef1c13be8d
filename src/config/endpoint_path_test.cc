#include "config/endpoint_path.h"

#include <gtest/gtest.h>

namespace mcpgw::config {
namespace {

TEST(NormalizeEndpointPath, LeadingSlashIsAddedWhenMissing) {
  EXPECT_EQ(NormalizeEndpointPath("mcp"), "/mcp");
  EXPECT_EQ(NormalizeEndpointPath("api/mcp"), "/api/mcp");
  EXPECT_EQ(NormalizeEndpointPath(""), "/");
}

TEST(NormalizeEndpointPath, PathWithLeadingSlashIsUnchanged) {
  EXPECT_EQ(NormalizeEndpointPath("/mcp"), "/mcp");
  EXPECT_EQ(NormalizeEndpointPath("/"), "/");
}

}  // namespace
}  // namespace mcpgw::config
