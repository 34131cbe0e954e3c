// A file of model/ownership/ that includes a header of model/compile/, an earlier layer: compiled
// against the ownership layer's include view, it must compile (the control of the upward case).
#include "model/compile/compile_games.hpp"
