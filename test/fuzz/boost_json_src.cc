// Compiles Boost.JSON from source into the fuzz targets, so that its parser and serializer are
// instrumented for coverage and the sanitizers like the code under test (the packaged library is
// not).
#include <boost/json/src.hpp>
