// A file of model/ownership/ that includes a header of model/report/, a later layer: compiled
// against the ownership layer's include view, it must fail (tests/layers/CMakeLists.txt).
#include "model/report/wording.hpp"
