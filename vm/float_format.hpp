// Erlang's shortest float printing: float_to_list(F, [short]).
//
// This is the text io_lib:format("~w", [F]) and the shell use for floats.
// ERTS (erl_bif float_to_list/2 -> erts/emulator/ryu/d2s.c) takes the
// shortest round-trip decimal digits (Ryu) and lays them out with its own
// fixed-vs-scientific rules. We get the same digits from std::to_chars and
// apply those layout rules here.
#pragma once

#include <string>

namespace openbeam::vm {

// Returns exactly what float_to_list(D, [short]) returns, e.g.
//   1.0 -> "1.0", 100.0 -> "100.0", 1000.0 -> "1.0e3", 0.1 -> "0.1",
//   1.0e-5 -> "1.0e-5", -0.0 -> "-0.0", 2^53 -> "9.007199254740992e15".
//
// Erlang floats are never NaN or infinite. For such inputs this returns
// what the underlying Ryu code in ERTS would produce if it were handed one:
// "NaN" (no sign), "Infinity" and "-Infinity".
std::string format_float_short(double d);

}  // namespace openbeam::vm
