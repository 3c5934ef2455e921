// float_to_list/2 texts (see float_text.hpp).
//
// Facts from ERTS 13 (bif.c do_float_to_charbuf, sys/common/
// erl_sys_common_misc.c sys_double_to_chars_fast, sys/unix/sys_float.c
// sys_double_to_chars_ext), restated:
//
//  * The text goes into a 256-byte buffer: 256 characters or more is badarg.
//  * short: the shortest round-trip text (format_float_short).
//  * scientific (and the default, N = 20): C's "%.*e" with N, which is the
//    exactly rounded decimal value of the double (ties to even on the exact
//    binary value). N reaches printf as an int: negative means 6.
//  * decimals, N < 0: badarg.
//    - |D| > 2^53 or N >= 19: C's "%.*f" (exact). compact then strips
//      trailing '0's even when N = 0, where there is no '.' to stop at:
//      {decimals, 0} of 1.0e20 with compact is "1".
//    - otherwise a fast path in double arithmetic, which is NOT the exact
//      value: I = floor(|D|), F = round((|D| - I) * 10^N) (ties away from
//      zero), a carry into I when F reaches 10^N, and F printed with N
//      digits (zero padded). N = 0 prints lround(|D|): 0.5 -> "1",
//      2.5 -> "3". The sign is that of D (so -0.0 gives "-0.00").
//      compact strips trailing '0's but keeps one digit after the '.'.
#include "vm/float_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "vm/atom_table.hpp"
#include "vm/float_format.hpp"

namespace openbeam::vm {
namespace {

constexpr size_t kBufferSize = 256;  // ERTS's fbuf: text must be shorter
constexpr double kTwoPow53 = 9007199254740992.0;
constexpr int kFastMaxDecimals = 19;  // the fast path takes 0 .. 18
constexpr double kPow10[kFastMaxDecimals] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                                             1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                             1e14, 1e15, 1e16, 1e17, 1e18};

// Removes trailing '0's; if that reaches a '.', one '0' stays.
void strip_trailing_zeros(std::string& s) {
  size_t end = s.size();
  while (end > 0 && s[end - 1] == '0') end--;
  if (end > 0 && s[end - 1] == '.') end++;
  s.resize(end);
}

// C's printf("%.*e" / "%.*f", precision, d); nullopt when the text would
// not fit ERTS's buffer.
std::optional<std::string> printf_text(double d, std::chars_format fmt, int precision) {
  // Largest possible fitting text is 255 characters; leave room for the
  // integer digits of any double in fixed notation (309) besides.
  char buf[kBufferSize + 320];
  auto r = std::to_chars(buf, buf + sizeof buf, d, fmt, precision);
  if (r.ec != std::errc()) return std::nullopt;
  size_t len = size_t(r.ptr - buf);
  if (len >= kBufferSize) return std::nullopt;
  return std::string(buf, len);
}

std::optional<std::string> scientific_text(double d, int n) {
  if (n < 0) n = 6;
  // At least 1 + 1 + n + 4 characters ("d.<n>e+XX").
  if (n >= int(kBufferSize) - 6) return std::nullopt;
  return printf_text(d, std::chars_format::scientific, n);
}

std::optional<std::string> decimals_text(double d, int n, bool compact) {
  if (n < 0) return std::nullopt;
  const bool negative = std::signbit(d);
  const double ad = std::fabs(d);

  if (ad > kTwoPow53 || n >= kFastMaxDecimals) {
    // At least 1 + 1 + n characters ("d.<n>").
    if (n >= int(kBufferSize) - 2) return std::nullopt;
    auto s = printf_text(d, std::chars_format::fixed, n);
    if (s && compact) strip_trailing_zeros(*s);
    return s;
  }

  uint64_t int_part;
  std::string frac;
  if (n > 0) {
    double int_f = std::floor(ad);
    double frac_f = std::round((ad - int_f) * kPow10[n]);
    int_part = uint64_t(int_f);
    uint64_t frac_part = uint64_t(frac_f);
    if (frac_f >= kPow10[n]) {  // rounding carried into the integer part
      int_part++;
      frac_part = 0;
    }
    frac.assign(size_t(n), '0');
    for (size_t i = size_t(n); frac_part != 0 && i-- > 0; frac_part /= 10) frac[i] = char('0' + frac_part % 10);
  } else {
    int_part = uint64_t(std::lround(ad));
  }

  std::string out;
  if (negative) out += '-';
  out += std::to_string(int_part);
  if (n > 0) {
    out += '.';
    out += frac;
    if (compact) strip_trailing_zeros(out);
  }
  return out;
}

}  // namespace

std::optional<FloatTextOptions> parse_float_text_options(Term options) {
  static const Term kCompact = atoms::am_compact;
  static const Term kShort = atoms::am_short;
  static const Term kDecimals = atoms::am_decimals;
  static const Term kScientific = atoms::am_scientific;

  FloatTextOptions o;
  Term l = options;
  for (; is_list(l); l = cdr(l)) {
    Term opt = car(l);
    if (opt == kCompact) {
      o.compact = true;
    } else if (opt == kShort) {
      o.format = FloatTextOptions::Format::kShort;
    } else if (is_tuple(opt) && tuple_arity(opt) == 2 && is_small(tuple_element(opt, 2))) {
      Term kind = tuple_element(opt, 1);
      if (kind == kDecimals) {
        o.format = FloatTextOptions::Format::kDecimals;
      } else if (kind == kScientific) {
        o.format = FloatTextOptions::Format::kScientific;
      } else {
        return std::nullopt;
      }
      o.digits = small_value(tuple_element(opt, 2));
    } else {
      return std::nullopt;
    }
  }
  if (!is_nil(l)) return std::nullopt;
  return o;
}

std::optional<std::string> float_to_text(double d, const FloatTextOptions& o) {
  // ERTS keeps N in a C int: the low 32 bits, as a signed value.
  const int n = int(int32_t(uint32_t(uint64_t(o.digits))));
  switch (o.format) {
    case FloatTextOptions::Format::kShort:
      return format_float_short(d);
    case FloatTextOptions::Format::kDecimals:
      return decimals_text(d, n, o.compact);
    case FloatTextOptions::Format::kScientific:
    case FloatTextOptions::Format::kDefault:
      break;
  }
  return scientific_text(d, n);
}

std::optional<double> float_from_text(std::string_view s) {
  size_t i = 0;
  auto digits = [&] {
    size_t st = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
    return i > st;
  };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  if (!digits()) return std::nullopt;
  if (i >= s.size() || (s[i] != '.' && s[i] != ',')) return std::nullopt;
  size_t point = i++;
  if (!digits()) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    if (!digits()) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  std::string text(s);
  text[point] = '.';
  double d = std::strtod(text.c_str(), nullptr);
  if (!std::isfinite(d)) return std::nullopt;
  return d;
}

}  // namespace openbeam::vm
