// Arithmetic operators and number BIFs.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/float_format.hpp"
#include "vm/integer_arith.hpp"
#include "vm/number.hpp"

namespace openbeam::bifs {

using namespace vm;

static Term badarith(Process* p) { return raise_error(p, atoms::am_badarith); }
static Term system_limit(Process* p) { return raise_error(p, atoms::am_system_limit); }

static Term float_result(Process* p, double d) {
  if (!std::isfinite(d)) return badarith(p);
  return make_float(*p, d);
}

static Term int_result(Process* p, std::optional<Term> r) { return r ? *r : system_limit(p); }

enum class Op { kAdd, kSub, kMul };

static Term arith(Process* p, Term a, Term b, Op op) {
  if (is_integer(a) && is_integer(b)) {
    switch (op) {
      case Op::kAdd: return int_result(p, int_add(*p, a, b));
      case Op::kSub: return int_result(p, int_sub(*p, a, b));
      case Op::kMul: return int_result(p, int_mul(*p, a, b));
    }
  }
  double x, y;
  if (!is_number(a) || !is_number(b) || !number_to_double(a, &x) || !number_to_double(b, &y)) return badarith(p);
  switch (op) {
    case Op::kAdd: return float_result(p, x + y);
    case Op::kSub: return float_result(p, x - y);
    case Op::kMul: return float_result(p, x * y);
  }
  return badarith(p);
}

Term erl_plus(Process* p, Term* a) { return arith(p, a[0], a[1], Op::kAdd); }
Term erl_minus(Process* p, Term* a) { return arith(p, a[0], a[1], Op::kSub); }
Term erl_times(Process* p, Term* a) { return arith(p, a[0], a[1], Op::kMul); }

Term erl_divide(Process* p, Term* a) {
  double x, y;
  if (!is_number(a[0]) || !is_number(a[1]) || !number_to_double(a[0], &x) || !number_to_double(a[1], &y)) {
    return badarith(p);
  }
  if (y == 0.0) return badarith(p);
  return float_result(p, x / y);
}

Term erl_div(Process* p, Term* a) {
  if (!is_integer(a[0]) || !is_integer(a[1])) return badarith(p);
  auto r = int_div(*p, a[0], a[1]);
  return r ? *r : badarith(p);
}

Term erl_rem(Process* p, Term* a) {
  if (!is_integer(a[0]) || !is_integer(a[1])) return badarith(p);
  auto r = int_rem(*p, a[0], a[1]);
  return r ? *r : badarith(p);
}

#define BITOP(cname, fn)                                               \
  Term cname(Process* p, Term* a) {                                    \
    if (!is_integer(a[0]) || !is_integer(a[1])) return badarith(p);    \
    return int_result(p, fn(*p, a[0], a[1]));                          \
  }
BITOP(erl_band, int_band)
BITOP(erl_bor, int_bor)
BITOP(erl_bxor, int_bxor)
BITOP(erl_bsl, int_bsl)
BITOP(erl_bsr, int_bsr)
#undef BITOP

Term erl_bnot(Process* p, Term* a) {
  if (!is_integer(a[0])) return badarith(p);
  return int_result(p, int_bnot(*p, a[0]));
}

Term erl_uminus(Process* p, Term* a) {
  if (is_integer(a[0])) return int_neg(*p, a[0]);
  if (is_float(a[0])) return make_float(*p, -float_value(a[0]));
  return badarith(p);
}

Term erl_uplus(Process* p, Term* a) {
  if (!is_number(a[0])) return badarith(p);
  return a[0];
}

Term erl_abs(Process* p, Term* a) {
  if (is_integer(a[0])) return int_abs(*p, a[0]);
  if (is_float(a[0])) {
    double d = float_value(a[0]);
    return d < 0.0 ? make_float(*p, -d) : a[0];  // abs(-0.0) is -0.0 in erl
  }
  return badarg(p);
}

Term erl_float(Process* p, Term* a) {
  if (is_float(a[0])) return a[0];
  double d;
  if (!is_integer(a[0])) return badarg(p);
  if (!number_to_double(a[0], &d)) return badarg(p);
  return make_float(*p, d);
}

static Term rounded(Process* p, Term t, double (*fn)(double)) {
  if (is_integer(t)) return t;
  if (!is_float(t)) return badarg(p);
  auto r = float_to_integer_trunc(*p, fn(float_value(t)));
  return r ? *r : badarg(p);
}
static double identity(double d) { return d; }
Term erl_trunc(Process* p, Term* a) { return rounded(p, a[0], identity); }
Term erl_round(Process* p, Term* a) { return rounded(p, a[0], [](double d) { return std::round(d); }); }
Term erl_floor(Process* p, Term* a) { return rounded(p, a[0], [](double d) { return std::floor(d); }); }
Term erl_ceil(Process* p, Term* a) { return rounded(p, a[0], [](double d) { return std::ceil(d); }); }

static Term string_to_list(Process* p, const std::string& s) {
  std::vector<Term> cs;
  cs.reserve(s.size());
  for (unsigned char c : s) cs.push_back(make_small(c));
  return make_list_from(p, cs.data(), cs.size());
}

static bool base_ok(Term b, int* base) {
  if (!is_small(b)) return false;
  int64_t v = small_value(b);
  if (v < 2 || v > 36) return false;
  *base = int(v);
  return true;
}

Term erl_integer_to_list_1(Process* p, Term* a) {
  if (!is_integer(a[0])) return badarg(p);
  return string_to_list(p, integer_to_string(a[0], 10));
}

Term erl_integer_to_list_2(Process* p, Term* a) {
  int base;
  if (!is_integer(a[0]) || !base_ok(a[1], &base)) return badarg(p);
  return string_to_list(p, integer_to_string(a[0], base));
}

// The bytes of a list of characters (each taken modulo 256, as ERTS does);
// false if not a proper list of integers.
static bool list_bytes(Term l, std::string& out) {
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c)) return false;
    out.push_back(char(small_value(c) & 0xFF));
  }
  return is_nil(l);
}

Term erl_list_to_integer_1(Process* p, Term* a) {
  std::string s;
  if (!list_bytes(a[0], s)) return badarg(p);
  auto r = integer_from_text(*p, s, 10);
  return r ? *r : badarg(p);
}

Term erl_list_to_integer_2(Process* p, Term* a) {
  std::string s;
  int base;
  if (!list_bytes(a[0], s) || !base_ok(a[1], &base)) return badarg(p);
  auto r = integer_from_text(*p, s, base);
  return r ? *r : badarg(p);
}

Term erl_float_to_list_1(Process* p, Term* a) {
  if (!is_float(a[0])) return badarg(p);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.20e", float_value(a[0]));
  return string_to_list(p, buf);
}

}  // namespace openbeam::bifs
