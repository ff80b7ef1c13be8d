#include "downstream/http/http_reply.h"

#include "core/json_rpc.h"

namespace mcpgw::downstream::http {

Reply ErrorReply(boost::beast::http::status status, int code, std::string_view message) {
  return Reply{status, core::Serialize(core::MakeErrorResponse(nullptr, code, message))};
}

}  // namespace mcpgw::downstream::http
