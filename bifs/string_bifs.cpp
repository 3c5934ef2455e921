// The string module's BIFs: string:list_to_integer/1, list_to_float/1
// (ERTS 13's bif.c). Both read the longest number at the start of a list
// and return {Number, Rest}, {error, no_integer | no_float} or
// {error, not_a_list}.
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/float_text.hpp"
#include "vm/integer_arith.hpp"
#include "vm/number.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
Term error_tuple(Process* p, Term why) { return make_tuple2(p, atoms::am_error, why); }
bool is_char(Term t, char c) { return is_small(t) && small_value(t) == c; }
}  // namespace

Term string_list_to_integer_1(Process* p, Term* a) {
  Term l = a[0];
  if (is_nil(l)) return error_tuple(p, atoms::am_no_integer);
  if (!is_list(l)) return error_tuple(p, atoms::am_not_a_list);
  std::string text;
  if (is_char(car(l), '-') || is_char(car(l), '+')) {
    text.push_back(char(small_value(car(l))));
    l = cdr(l);
    if (!is_list(l)) return error_tuple(p, atoms::am_no_integer);
  }
  size_t digits = 0;
  while (is_list(l)) {
    Term c = car(l);
    if (!is_small(c)) break;
    // ERTS reads each element as a byte (the low 8 bits).
    char ch = char(uint64_t(small_value(c)) & 0xFF);
    if (ch < '0' || ch > '9') break;
    text.push_back(ch);
    digits++;
    l = cdr(l);
  }
  if (digits == 0) return error_tuple(p, atoms::am_no_integer);
  auto n = integer_from_text(*p, text, 10);
  if (!n) return raise_error(p, atoms::am_system_limit);
  return make_tuple2(p, *n, l);
}

// The float at the start of a list: a state machine over
// sign, integer part, '.' or ',', fraction, and an exponent that is only
// taken when complete ("1.5e+x" stops before the 'e').
Term string_list_to_float_1(Process* p, Term* a) {
  enum Part { kSign, kInt, kFrac, kExpSign, kExp0, kExp1, kEnd };
  Term l = a[0];
  if (is_nil(l)) return error_tuple(p, atoms::am_no_float);
  if (!is_list(l)) return error_tuple(p, atoms::am_not_a_list);
  std::string buf;
  size_t e_len = 0;   // text length and list position at a tentative 'e'
  Term e_list = l;
  Part part = kSign;
  auto back_to_e = [&] {
    buf.resize(e_len);
    l = e_list;
  };
  for (;;) {
    Term c = car(l);
    if (!is_small(c)) {
      if (part == kExpSign || part == kExp0) back_to_e();
      break;
    }
    int64_t ch = small_value(c);
    bool skip = false;
    if (ch == '-' || ch == '+') {
      if (part == kSign) {
        part = kInt;
        skip = ch == '+';
      } else if (part == kExpSign) {
        part = kExp0;
      } else {
        if (part == kExp0) back_to_e();
        part = kEnd;
      }
    } else if (ch == '.' || ch == ',') {
      if (part == kInt) {
        part = kFrac;
      } else {
        if (part == kExpSign || part == kExp0) back_to_e();
        part = kEnd;
      }
    } else if (ch == 'e' || ch == 'E') {
      if (part == kFrac) {
        e_len = buf.size();
        e_list = l;
        part = kExpSign;
      } else {
        if (part == kExp0 || part == kExpSign) back_to_e();
        part = kEnd;
      }
    } else if (ch >= '0' && ch <= '9') {
      if (part == kSign) part = kInt;
      else if (part == kExpSign || part == kExp0) part = kExp1;
    } else {
      if (part == kExpSign || part == kExp0) back_to_e();
      break;
    }
    if (part == kEnd) {
      if (buf.size() < 3) return error_tuple(p, atoms::am_no_float);
      break;
    }
    if (!skip) buf.push_back(char(ch));
    l = cdr(l);
    if (!is_list(l)) {
      if (part == kExpSign || part == kExp0) back_to_e();
      break;
    }
  }
  if (buf.empty()) return error_tuple(p, atoms::am_no_float);
  auto d = float_from_text(buf);
  if (!d) return error_tuple(p, atoms::am_no_float);
  return make_tuple2(p, make_float(*p, *d), l);
}

}  // namespace openbeam::bifs
