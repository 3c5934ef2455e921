// math module BIFs and list_to_float/binary_to_float.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/float_text.hpp"
#include "vm/number.hpp"

namespace openbeam::bifs {

using namespace vm;

// math functions raise badarg for non-numbers, badarith for integers too
// large for a double and for results that are not finite numbers (domain and
// range errors), like ERTS's math_call_1/2. Arguments are checked in order.
static bool math_arg(Process* p, Term x, double* d) {
  if (number_to_double(x, d)) return true;
  raise_error(p, is_integer(x) ? atoms::am_badarith : atoms::am_badarg);
  return false;
}
static Term math1(Process* p, Term x, double (*f)(double)) {
  double d;
  if (!math_arg(p, x, &d)) return kNonValue;
  double r = f(d);
  if (!std::isfinite(r)) return raise_error(p, atoms::am_badarith);
  return make_float(*p, r);
}
static Term math2(Process* p, Term x, Term y, double (*f)(double, double)) {
  double a, b;
  if (!math_arg(p, x, &a) || !math_arg(p, y, &b)) return kNonValue;
  double r = f(a, b);
  if (!std::isfinite(r)) return raise_error(p, atoms::am_badarith);
  return make_float(*p, r);
}

#define MATH1(name, fn) \
  Term math_##name(Process* p, Term* a) { return math1(p, a[0], [](double d) { return fn(d); }); }
MATH1(sin, std::sin)
MATH1(cos, std::cos)
MATH1(tan, std::tan)
MATH1(asin, std::asin)
MATH1(acos, std::acos)
MATH1(atan, std::atan)
MATH1(sinh, std::sinh)
MATH1(cosh, std::cosh)
MATH1(tanh, std::tanh)
MATH1(asinh, std::asinh)
MATH1(acosh, std::acosh)
MATH1(atanh, std::atanh)
MATH1(exp, std::exp)
MATH1(log, std::log)
MATH1(log2, std::log2)
MATH1(log10, std::log10)
MATH1(sqrt, std::sqrt)
MATH1(erf, std::erf)
MATH1(erfc, std::erfc)
MATH1(ceil, std::ceil)
MATH1(floor, std::floor)
#undef MATH1

Term math_atan2(Process* p, Term* a) { return math2(p, a[0], a[1], [](double x, double y) { return std::atan2(x, y); }); }
Term math_pow(Process* p, Term* a) { return math2(p, a[0], a[1], [](double x, double y) { return std::pow(x, y); }); }
Term math_fmod(Process* p, Term* a) { return math2(p, a[0], a[1], [](double x, double y) { return std::fmod(x, y); }); }

// ERTS parses a NUL-terminated copy: the text ends at the first NUL byte.
static std::string_view c_text(const std::string& s) {
  return std::string_view(s.data(), std::min(s.size(), s.find('\0')));
}

Term erl_list_to_float(Process* p, Term* a) {
  std::string s;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 255) return badarg(p);
    s.push_back(char(small_value(c)));
  }
  if (!is_nil(l)) return badarg(p);
  auto d = float_from_text(c_text(s));
  if (!d) return badarg(p);
  return make_float(*p, *d);
}

Term erl_binary_to_float(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  std::string s(v.bytes, '\0');
  for (size_t i = 0; i < v.bytes; i++) s[i] = char(v.byte(i));
  auto d = float_from_text(c_text(s));
  if (!d) return badarg(p);
  return make_float(*p, *d);
}

}  // namespace openbeam::bifs
