// Erlang float_to_list(F, [short]) layout on top of std::to_chars.
//
// Facts taken from ERTS (erts/emulator/ryu/d2s.c, the CHANGE_FOR_ERLANG
// parts of to_chars and d2s_buffered_n):
//
//  * The digits are the shortest ones that round-trip (Ryu). For integral
//    values below 2^53 ERTS uses the exact integer with trailing decimal
//    zeros moved into the exponent; that coincides with the shortest form.
//  * Let the digits be D (n digits, no trailing zeros) and the value
//    D * 10^k. Fixed notation is used iff lo <= k <= hi where
//        n == 1                    : lo = -4,      hi = 2
//        n > 1, sci exponent >= 10 : lo = -(n+2), hi = 2
//        otherwise                 : lo = -(n+2), hi = 1
//    (sci exponent = k + n - 1), except that values around and above 2^53
//    are forced to scientific when
//        k == 0 && D >= 2^53, or k == 1 && D > 2^52/5, or
//        k == 2 && D > 2^51/25       (integer divisions).
//  * Fixed notation always has a fractional part ("100.0", "0.001234").
//    Scientific notation is "d.ddde<exp>" with ".0" when there is a single
//    digit, no '+' and no leading zeros in the exponent ("1.0e-5", "1.5e300").
//  * Zero prints as "0.0" / "-0.0".
#include "vm/float_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace openbeam::vm {

namespace {

// Shortest round-trip digits of a finite, positive double: value is
// digits * 10^exp10, with no trailing zeros in `digits`.
struct ShortestDecimal {
  std::string digits;
  int exp10 = 0;
};

ShortestDecimal shortest_decimal(double magnitude) {
  // std::to_chars without a precision gives the shortest representation
  // that round-trips, e.g. "1.2345e+02" or "5e-324".
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::scientific);
  const char* p = buf;
  const char* end = res.ptr;

  ShortestDecimal out;
  out.digits.push_back(*p++);
  if (p < end && *p == '.') {
    ++p;
    while (p < end && *p != 'e') out.digits.push_back(*p++);
  }
  ++p;  // skip 'e'
  int sci_exp = 0;
  std::from_chars(*p == '+' ? p + 1 : p, end, sci_exp);

  // Canonicalise: Ryu never produces trailing zeros, but be defensive.
  while (out.digits.size() > 1 && out.digits.back() == '0') {
    out.digits.pop_back();
    ++sci_exp;
  }
  out.exp10 = sci_exp - static_cast<int>(out.digits.size()) + 1;
  return out;
}

// ERTS' choice between fixed and scientific notation (see file comment).
bool use_fixed_notation(const ShortestDecimal& dec) {
  const int n = static_cast<int>(dec.digits.size());
  const int k = dec.exp10;
  const int sci_exp = k + n - 1;

  int lo, hi;
  if (n == 1) {
    lo = -4;
    hi = 2;
  } else if (sci_exp >= 10) {
    lo = -(n + 2);
    hi = 2;
  } else {
    lo = -(n + 2);
    hi = 1;
  }
  if (k < lo || k > hi) return false;

  // Values at or beyond 2^53 whose digits would fit the fixed window are
  // still printed in scientific form. At most 17 digits: fits in uint64_t.
  const uint64_t mant = std::strtoull(dec.digits.c_str(), nullptr, 10);
  if (k == 0 && mant >= (uint64_t{1} << 53)) return false;
  if (k == 1 && mant > (uint64_t{1} << 52) / 5) return false;
  if (k == 2 && mant > (uint64_t{1} << 51) / 25) return false;
  return true;
}

void append_fixed(std::string& out, const ShortestDecimal& dec) {
  const int n = static_cast<int>(dec.digits.size());
  const int k = dec.exp10;
  const int whole = n + k;  // digits before the decimal point
  if (k >= 0) {             // "17290.0"
    out += dec.digits;
    out.append(static_cast<size_t>(k), '0');
    out += ".0";
  } else if (whole > 0) {   // "17.29"
    out.append(dec.digits, 0, static_cast<size_t>(whole));
    out += '.';
    out.append(dec.digits, static_cast<size_t>(whole), std::string::npos);
  } else {                  // "0.001729"
    out += "0.";
    out.append(static_cast<size_t>(-whole), '0');
    out += dec.digits;
  }
}

void append_scientific(std::string& out, const ShortestDecimal& dec) {
  const int n = static_cast<int>(dec.digits.size());
  const int sci_exp = dec.exp10 + n - 1;
  out += dec.digits[0];
  out += '.';
  if (n == 1) {
    out += '0';
  } else {
    out.append(dec.digits, 1, std::string::npos);
  }
  out += 'e';
  out += std::to_string(sci_exp);  // '-' only when negative, no padding
}

}  // namespace

std::string format_float_short(double d) {
  // Not Erlang floats; mirror ERTS' Ryu copy_special_str().
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";

  std::string out;
  if (std::signbit(d)) out += '-';
  if (d == 0.0) {
    out += "0.0";
    return out;
  }

  const ShortestDecimal dec = shortest_decimal(std::fabs(d));
  if (use_fixed_notation(dec)) {
    append_fixed(out, dec);
  } else {
    append_scientific(out, dec);
  }
  return out;
}

}  // namespace openbeam::vm
