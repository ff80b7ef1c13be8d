// Precompiled header of the unit tests (mcp_gateway_tests): the core's heavy third-party headers
// and GoogleTest/GoogleMock, which every test file includes. The tests have their own (rather
// than reusing the core's) because they compile at -O0 while the core is optimized: a header
// precompiled at -O2 is refused at -O0 (__OPTIMIZE__ differs).
#pragma once
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pch.h"
