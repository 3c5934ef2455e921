// float_to_list/1,2 and float_to_binary/1,2: the text of a float.
//
// Options, as erl takes them (a proper list, read left to right):
//   {decimals, N}     fixed notation with N digits after the point
//   {scientific, N}   "d.ddde+XX" with N digits after the point
//   short             the shortest text that reads back (as ~w prints)
//   compact           with {decimals, N}: drop trailing zeros (keeps ".0")
// The last of {decimals, _}, {scientific, _} and short wins; compact may
// stand anywhere and only affects {decimals, _}. No format option means
// "%.20e" (float_to_list/1). N is any small integer; erl keeps its low 32
// bits as a C int.
//
// Where erl raises badarg, float_to_text returns nullopt: a negative N for
// decimals, or text of 256 characters or more (so {decimals, 253} works for
// 1.0 but not for -1.0, and 1.0e300 has no {decimals, 0} text). A negative
// N for scientific means 6 (C printf's "precision omitted").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/term.hpp"

namespace openbeam::vm {

struct FloatTextOptions {
  enum class Format : uint8_t { kDefault, kShort, kDecimals, kScientific };
  Format format = Format::kDefault;
  int64_t digits = 20;   // N of the last {decimals, N} / {scientific, N}
  bool compact = false;
};

// Parses a float_to_list/2 option list; nullopt where erl raises badarg
// (unknown option, non-small N, improper list, not a list).
std::optional<FloatTextOptions> parse_float_text_options(Term options);

// The text float_to_list(D, Options) returns; nullopt for badarg.
std::optional<std::string> float_to_text(double d, const FloatTextOptions& o = {});

// list_to_float/1, binary_to_float/1 (ERTS's sys_chars_to_double): exactly
// [+-]digits(.|,)digits[(e|E)[+-]digits]; nullopt for anything else and for
// values too large for a double (too small ones give 0.0).
std::optional<double> float_from_text(std::string_view s);

}  // namespace openbeam::vm
