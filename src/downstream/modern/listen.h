// The wire of `subscriptions/listen` (2026-07-28), the era's replacement for the GET stream,
// resources/subscribe and unsolicited list_changed: the filter a client opts in with, the
// acknowledgement that opens the stream, and the tagging of every notification on it.
// See docs/protocol.md "subscriptions/listen".
//
// Rules (as the revision and its SDKs define them):
//  - `params.notifications` is required and is an object whose optional members are
//    toolsListChanged/promptsListChanged/resourcesListChanged (booleans) and
//    resourceSubscriptions (an array of strings). Anything else is -32602. At most
//    kMaxListenUris URIs per listen (-32602 past it); repeated URIs count once.
//  - What is honored is what the client asked for and the server advertises: a list_changed kind
//    only when capabilities.<kind>.listChanged is true, URIs only when resources.subscribe is.
//  - The first message on the stream is notifications/subscriptions/acknowledged carrying the
//    honored filter; it and every later notification carry
//    `params._meta["io.modelcontextprotocol/subscriptionId"]` = the listen request's id.
//  - A notification is delivered on a listen only when its kind was honored (resource updates:
//    only for a URI the listen names exactly).
//
// Threading: pure functions and value types.
#pragma once

#include "downstream/modern/era.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::downstream::modern {

inline constexpr std::size_t kMaxListenUris = 64;
inline constexpr std::string_view kListenMethod = "subscriptions/listen";
inline constexpr std::string_view kAcknowledgedMethod = "notifications/subscriptions/acknowledged";

// What one listen asked for (or, after Honored, what it gets).
struct ListenFilter {
  bool tools_list_changed = false;
  bool prompts_list_changed = false;
  bool resources_list_changed = false;
  std::vector<std::string> resource_uris;  // unique, in the client's order

  bool empty() const {
    return !tools_list_changed && !prompts_list_changed && !resources_list_changed &&
           resource_uris.empty();
  }
};

// Reads `params.notifications` of a listen request. Failures: -32602 with the reason (missing or
// not an object, a member of the wrong type, too many URIs, an empty URI).
boost::system::result<ListenFilter, EraError> ParseListenFilter(const boost::json::value* params);

// The part of `requested` that `capabilities` (the server/discover capabilities) can deliver.
ListenFilter Honored(const ListenFilter& requested, const boost::json::object& capabilities);

// The filter in its wire shape (only the members that are set).
boost::json::object FilterToJson(const ListenFilter& filter);

// Whether a notification with `method` (and params.uri `uri` for resources/updated) belongs on a
// listen with `filter`.
bool FilterAccepts(const ListenFilter& filter, std::string_view method, std::string_view uri);

// `notification` with params._meta[subscriptionId] = `subscription_id` (params and _meta are
// created when absent or not objects).
boost::json::object TagSubscription(boost::json::object notification,
                                    const boost::json::value& subscription_id);

// The stream's first message: notifications/subscriptions/acknowledged with `honored`, tagged.
boost::json::object Acknowledgement(const ListenFilter& honored,
                                    const boost::json::value& subscription_id);

}  // namespace mcpgw::downstream::modern
