#include "vm/term_write.hpp"

#include <cstdio>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/code.hpp"
#include "vm/binary.hpp"
#include "vm/export_table.hpp"
#include "vm/float_format.hpp"
#include "vm/term_display.hpp"
#include "vm/utf8.hpp"

namespace openbeam::vm {
namespace {

std::vector<uint32_t> code_points(std::string_view s) { return utf8_code_points(s); }
void put_utf8(std::string& out, uint32_t cp) { utf8_append(out, cp); }

bool io_lib_lower_start(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }
bool io_lib_name_char(uint32_t c) {
  return io_lib_lower_start(c) || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= '0' && c <= '9') || c == '_' || c == '@';
}

bool is_reserved_word(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "after", "begin", "case", "try", "cond", "catch", "andalso", "orelse", "end", "fun",
      "if",    "let",   "of",   "receive", "when", "bnot", "not", "div", "rem", "band",
      "and",   "bor",   "bxor", "bsl", "bsr", "or", "xor"};
  for (auto w : kWords) {
    if (w == s) return true;
  }
  return false;
}

// One character of a quoted string/atom in io_lib's "unicode_as_latin1" mode.
void io_lib_string_char(std::string& out, uint32_t c, char quote) {
  if (c == uint32_t(quote)) {
    out.push_back('\\');
    out.push_back(quote);
  } else if (c == '\\') {
    out += "\\\\";
  } else if (c >= ' ' && c <= '~') {
    out.push_back(char(c));
  } else if (c >= 0xA0 && c <= 0xFF) {
    put_utf8(out, c);
  } else if (c > 0xFF) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string h;
    for (uint32_t v = c; v; v >>= 4) h.insert(h.begin(), kHex[v & 15]);
    out += "\\x{" + h + "}";
  } else {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case 0x1B: out += "\\e"; break;
      case 0x7F: out += "\\d"; break;
      default:
        out.push_back('\\');
        out.push_back(char('0' + (c >> 6)));
        out.push_back(char('0' + ((c >> 3) & 7)));
        out.push_back(char('0' + (c & 7)));
    }
  }
}

void write_bits(std::string& out, Term t) {
  BitsView v = bits_view(t);
  out += "<<";
  for (size_t i = 0; i < v.bytes; i++) {
    if (i) out.push_back(',');
    out += std::to_string(unsigned(v.byte(i)));
  }
  if (v.extra_bits) {
    if (v.bytes) out.push_back(',');
    unsigned x = 0;
    for (unsigned b = 0; b < v.extra_bits; b++) x = (x << 1) | v.bit(v.bytes * 8 + b);
    out += std::to_string(x) + ":" + std::to_string(v.extra_bits);  // value:size
  }
  out += ">>";
}

struct Item {
  enum Kind { kTerm, kText, kTail } kind;
  Term t;
  const char* text;
};

}  // namespace

void write_atom_io_lib(std::string& out, Term a) {
  std::string_view text = atom_text(a);
  std::vector<uint32_t> cps = code_points(text);
  bool quote = is_reserved_word(text) || cps.empty() || !io_lib_lower_start(cps[0]);
  for (size_t i = 1; i < cps.size() && !quote; i++) quote = !io_lib_name_char(cps[i]);
  if (!quote) {
    out += text;
    return;
  }
  out.push_back('\'');
  for (uint32_t c : cps) io_lib_string_char(out, c, '\'');
  out.push_back('\'');
}

void write_atom_erts(std::string& out, Term a) {
  std::string_view s = atom_text(a);
  if (s.empty()) {
    out += "''";
    return;
  }
  // ERTS looks at bytes: a 2-byte sequence is decoded to its Latin-1 value,
  // a continuation byte counts as a letter, 3/4-byte sequences need quotes.
  auto latin1_char = [&](size_t i) -> unsigned {
    unsigned c1 = uint8_t(s[i]);
    unsigned c2 = i + 1 < s.size() ? uint8_t(s[i + 1]) : 0;
    if (!(c1 & 0x80)) return c1;
    if ((c1 & 0xE0) == 0xC0) return (c1 & 0x1F) << 6 | (c2 & 0x3F);
    if ((c1 & 0xC0) == 0x80) return 'a';
    return 0;
  };
  auto lower = [](unsigned c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); };
  auto upper = [](unsigned c) { return (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215); };
  bool quote = !lower(latin1_char(0));
  for (size_t i = 1; i < s.size() && !quote; i++) {
    unsigned lc = latin1_char(i);
    if (!(lower(lc) || upper(lc) || (lc >= '0' && lc <= '9') || lc == '_')) quote = true;
  }
  if (quote) out.push_back('\'');
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = uint8_t(s[i]);
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\v': out += "\\v"; break;
      default:
        if (c < ' ') {
          out.push_back('\\');
          char buf[8];
          std::snprintf(buf, sizeof buf, "%03o", c);
          out += buf;
        } else if (c == 0xC2 && i + 1 < s.size() && uint8_t(s[i + 1]) < 0xA0) {
          out.push_back('\\');
          char buf[8];
          std::snprintf(buf, sizeof buf, "%03o", unsigned(uint8_t(s[i + 1])));
          out += buf;
          i++;
        } else {
          out.push_back(char(c));
        }
    }
  }
  if (quote) out.push_back('\'');
}

void write_term(std::string& out, Term root) {
  std::vector<Item> stack;
  stack.push_back({Item::kTerm, root, nullptr});
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    if (it.kind == Item::kText) {
      out += it.text;
      continue;
    }
    Term t = it.t;
    if (it.kind == Item::kTail) {
      if (is_nil(t)) {
        out.push_back(']');
      } else if (is_list(t)) {
        out.push_back(',');
        stack.push_back({Item::kTail, cdr(t), nullptr});
        stack.push_back({Item::kTerm, car(t), nullptr});
      } else {
        out.push_back('|');
        stack.push_back({Item::kText, Term(), "]"});
        stack.push_back({Item::kTerm, t, nullptr});
      }
      continue;
    }
    if (is_small(t) || is_bignum(t)) {
      out += integer_to_string(t);
    } else if (is_atom(t)) {
      write_atom_io_lib(out, t);
    } else if (is_nil(t)) {
      out += "[]";
    } else if (is_list(t)) {
      out.push_back('[');
      stack.push_back({Item::kTail, cdr(t), nullptr});
      stack.push_back({Item::kTerm, car(t), nullptr});
    } else if (is_float(t)) {
      out += format_float_short(float_value(t));
    } else if (is_tuple(t)) {
      Word n = tuple_arity(t);
      out.push_back('{');
      stack.push_back({Item::kText, Term(), "}"});
      for (Word i = n; i >= 1; i--) {
        stack.push_back({Item::kTerm, tuple_element(t, i), nullptr});
        if (i > 1) stack.push_back({Item::kText, Term(), ","});
      }
    } else if (is_map(t)) {
      const Word* m = boxed_ptr(t);
      Term keys(m[1]);
      Word n = tuple_arity(keys);
      out += "#{";
      stack.push_back({Item::kText, Term(), "}"});
      for (Word i = n; i >= 1; i--) {
        stack.push_back({Item::kTerm, Term(m[1 + i]), nullptr});
        stack.push_back({Item::kText, Term(), " => "});
        stack.push_back({Item::kTerm, tuple_element(keys, i), nullptr});
        if (i > 1) stack.push_back({Item::kText, Term(), ","});
      }
    } else if (is_bitstring(t)) {
      write_bits(out, t);
    } else if (is_export_fun(t)) {
      // io_lib prints erlang:fun_to_list/1, whose characters are the
      // emulator's UTF-8 bytes, one character per byte.
      const ExportEntry* e = export_fun_entry(t);
      std::string text = "fun ";
      write_atom_erts(text, e->module);
      text.push_back(':');
      write_atom_erts(text, e->function);
      text += "/" + std::to_string(e->arity);
      for (unsigned char c : text) put_utf8(out, c);
    } else if (is_closure(t)) {
      // fun_to_list/1 again: "#Fun<M.OldIndex.OldUniq>", bytes as characters.
      const FunEntry* fe = closure_entry(t);
      std::string text;
      display_local_fun(text, fe->module_name, fe->old_index, fe->old_uniq);
      for (unsigned char c : text) put_utf8(out, c);
    } else if (is_local_ref(t)) {
      RefNumbers r = local_ref_numbers(t);
      display_ref(out, 0, r.n, 3);
    } else if (is_local_pid(t)) {
      out += "<0." + std::to_string(local_pid_number(t)) + "." + std::to_string(local_pid_serial(t)) + ">";
    } else if (is_local_port(t)) {
      out += "#Port<0." + std::to_string(local_port_number(t)) + ">";
    } else {
      out += "<unprintable>";  // closures: later issues
    }
  }
}

std::string write_term(Term t) {
  std::string s;
  write_term(s, t);
  return s;
}

}  // namespace openbeam::vm
