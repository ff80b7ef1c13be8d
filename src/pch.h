// Precompiled header for the heavy third-party headers most translation units use.
#pragma once
#include <boost/asio.hpp>
#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
