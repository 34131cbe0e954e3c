// The two kinds of failure every layer may throw, so the command line can tell them apart:
//
// - InputError: the input is wrong (a weight, a quota, a game, a rule the compiler cannot
//   express, a computation over its budget, ...), something the user can fix. what() is one
//   line for the user, without "error:" or a location. `jvgov` prints it as a diagnostic and
//   exits 1.
// - PreconditionError: a function was called against its contract (an index out of range, a
//   table of the wrong shape, ...): a bug in the caller, never a consequence of the input.
//   `jvgov` reports it, like any other unexpected exception, as an internal error (exit 70).
//
// Functions state in their header which of the two they throw and when. Header-only; it sits in
// the lowest folder so that every folder may throw both.
#pragma once

#include <stdexcept>

namespace jvgov {

class InputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class PreconditionError : public std::logic_error {
  public:
    using std::logic_error::logic_error;
};

}  // namespace jvgov
