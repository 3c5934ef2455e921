#include "vm/term_display.hpp"

#include "vm/code.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/export_table.hpp"
#include "vm/map_hash.hpp"
#include "vm/term_write.hpp"

namespace openbeam::vm {
namespace {

// Trie levels: 4 hash bits each, 8 levels per 32-bit salted hash.
constexpr unsigned kMaxTrieLevel = 64;

unsigned trie_slot(Term key, unsigned level) {
  return (map_hash(key, level / 8) >> (4 * (level % 8))) & 0xF;
}

// 9, 10, 13, 32..126 and 160..255 (Latin-1 without control characters).
bool printable_char(Term t) {
  if (!is_small(t)) return false;
  int64_t c = small_value(t);
  if (c < 0 || c > 255) return false;
  if (c == '\t' || c == '\n' || c == '\r') return true;
  return (c >= 32 && c < 127) || c >= 160;
}

bool printable_ascii(const BitsView& v) {
  for (size_t i = 0; i < v.bytes; i++) {
    uint8_t b = v.byte(i);
    if (b < 32 || b >= 127) return false;
  }
  return true;
}

void append_unsigned(std::string& out, uint64_t v) { out += std::to_string(v); }
void append_signed(std::string& out, int64_t v) { out += std::to_string(v); }

class Printer {
 public:
  Printer(std::string& out, long budget) : out_(out), budget_(budget) {}

  // Returns the budget left (<= 0: the output was cut, or just fit).
  long run(Term root) {
    if (print(root)) {
      while (!stack_.empty()) {
        Item it = stack_.back();
        stack_.pop_back();
        if (!step(it)) break;
      }
    }
    return budget_;
  }

 private:
  // Work items (32 bytes: a 1M-deep list needs 32 MB of heap, no stack).
  // Separators cost no budget; every term printed costs one.
  struct Item {
    enum Kind : uint32_t {
      kText,      // x: const char*
      kTerm,      // x: term
      kListRest,  // x: car to print next, y: cdr
      kArray,     // x: const Word* to n terms, y: n (comma separated)
      kMapPairs,  // x: keys, y: values, z: pairs left
      kHashKids,  // hash-map trie node's children not printed yet;
                  // x: the map's words, y..z: their keys [lo, hi)
    } kind;
    unsigned level;  // trie level of kHashKids
    Word x, y, z;
  };

  bool take() { return budget_-- > 0; }

  void push(Item::Kind k, Word x, Word y = 0, Word z = 0, unsigned level = 0) {
    stack_.push_back(Item{k, level, x, y, z});
  }
  void push_text(const char* s) { push(Item::kText, reinterpret_cast<Word>(s)); }

  // Handles one popped item; false stops printing (budget exhausted).
  bool step(const Item& it) {
    switch (it.kind) {
      case Item::kText:
        out_ += reinterpret_cast<const char*>(it.x);
        return true;
      case Item::kTerm:
        return print(Term(it.x));
      case Item::kListRest:
        return list_rest(Term(it.x), Term(it.y));
      case Item::kArray: {
        auto* p = reinterpret_cast<const Word*>(it.x);
        if (it.y > 1) {
          push(Item::kArray, it.x + sizeof(Word), it.y - 1);
          push_text(",");
        }
        return print(Term(p[0]));
      }
      case Item::kMapPairs: {
        auto* k = reinterpret_cast<const Word*>(it.x);
        auto* v = reinterpret_cast<const Word*>(it.y);
        if (it.z > 1) {
          push(Item::kMapPairs, it.x + sizeof(Word), it.y + sizeof(Word), it.z - 1);
          push_text(",");
        }
        push(Item::kTerm, v[0]);
        push_text("=>");
        return print(Term(k[0]));
      }
      case Item::kHashKids:
        return hash_kids(reinterpret_cast<const Word*>(it.x), it.y, it.z, it.level);
    }
    return true;
  }

  // Schedules `head`, the car of a list, then its cdr `tail`. (Never calls
  // print() itself: a list's car may be a list, to any depth.)
  bool list_rest(Term head, Term tail) {
    if (is_list(tail)) {
      push(Item::kListRest, car(tail).raw(), cdr(tail).raw());
      push_text(",");
    } else if (!is_nil(tail)) {
      push(Item::kTerm, tail.raw());
      push_text("|");
    }
    push(Item::kTerm, head.raw());
    return true;
  }

  // A cons given as its two halves (hash-map leaves are [Key|Value]).
  bool print_cons(Term head, Term tail) {
    bool printable = printable_char(head);
    Term t = tail;
    while (printable && is_list(t)) {
      printable = printable_char(car(t));
      t = cdr(t);
    }
    if (printable && is_nil(t)) {
      out_.push_back('"');
      if (!string_char(head)) return false;
      for (t = tail; is_list(t); t = cdr(t)) {
        if (!string_char(car(t))) return false;
      }
      out_.push_back('"');
      return true;
    }
    out_.push_back('[');
    push_text("]");
    return list_rest(head, tail);
  }

  bool string_char(Term ch) {
    if (!take()) return false;
    char c = char(small_value(ch));
    if (c == '\n') {
      out_ += "\\n";
    } else {
      if (c == '"') out_.push_back('\\');
      out_.push_back(c);
    }
    return true;
  }

  bool print(Term t) {
    if (!take()) return false;
    if (is_nil(t)) {
      out_ += "[]";
    } else if (is_atom(t)) {
      write_atom_erts(out_, t);
      budget_ -= long(atom_text(t).size());
      return budget_ > 0;
    } else if (is_small(t)) {
      append_signed(out_, small_value(t));
    } else if (is_list(t)) {
      return print_cons(car(t), cdr(t));
    } else if (is_local_pid(t)) {
      display_pid(out_, 0, local_pid_number(t), local_pid_serial(t));
    } else if (is_local_port(t)) {
      display_port(out_, 0, local_port_number(t));
    } else if (!is_boxed(t)) {
      out_ += "<unknown>";
    } else if (is_bignum(t)) {
      out_ += integer_to_string(t);
    } else if (is_tuple(t)) {
      Word n = tuple_arity(t);
      out_.push_back('{');
      push_text("}");
      if (n > 0) push(Item::kArray, reinterpret_cast<Word>(boxed_ptr(t) + 1), n);
    } else if (is_float(t)) {
      display_float(out_, float_value(t));
    } else if (is_bitstring(t)) {
      return bits(t);
    } else if (is_export_fun(t)) {
      const ExportEntry* e = export_fun_entry(t);
      out_ += "fun ";
      write_atom_erts(out_, e->module);
      out_.push_back(':');
      write_atom_erts(out_, e->function);
      out_.push_back('/');
      append_unsigned(out_, e->arity);
      budget_ -= long(atom_text(e->module).size() + atom_text(e->function).size());
    } else if (is_map(t)) {
      const Word* m = boxed_ptr(t);
      Term keys(m[1]);
      Word n = tuple_arity(keys);
      if (is_hash_map(t)) {
        hash_node(m, 0, n, 0, true);
      } else {
        out_ += "#{";
        push_text("}");
        if (n > 0) {
          push(Item::kMapPairs, reinterpret_cast<Word>(boxed_ptr(keys) + 1),
               reinterpret_cast<Word>(m + 2), n);
        }
      }
    } else if (boxed_subtag(t) == Subtag::kFun) {
      const FunEntry* fe = closure_entry(t);
      display_local_fun(out_, fe->module_name, fe->old_index, fe->old_uniq);
    } else if (is_local_ref(t)) {
      RefNumbers r = local_ref_numbers(t);
      display_ref(out_, 0, r.n, 3);
    } else {
      out_ += "<unknown>";  // remote pids/ports/refs: later issues
    }
    return true;
  }

  bool bits(Term t) {
    BitsView v = bits_view(t);
    if (v.extra_bits == 0 && v.bytes > 0 && printable_ascii(v)) {
      out_ += "<<\"";
      for (size_t i = 0; i < v.bytes; i++) {
        char c = char(v.byte(i));
        if (c == '"') out_.push_back('\\');
        out_.push_back(c);
        if (!take()) return false;
      }
      out_ += "\">>";
      return true;
    }
    out_ += "<<";
    for (size_t i = 0; i < v.bytes; i++) {
      if (i) out_.push_back(',');
      append_unsigned(out_, v.byte(i));
      if (!take()) return false;
    }
    if (v.extra_bits) {
      if (v.bytes) out_.push_back(',');
      unsigned x = 0;
      for (unsigned b = 0; b < v.extra_bits; b++) x = (x << 1) | v.bit(v.bytes * 8 + b);
      append_unsigned(out_, x);
      out_.push_back(':');
      append_unsigned(out_, v.extra_bits);
    }
    out_ += ">>";
    return true;
  }

  // ---- hash maps -------------------------------------------------------
  // Our hash maps keep their keys in trie iteration order (map_hash.hpp),
  // so the keys below any trie node are contiguous and the trie ERTS holds
  // can be rebuilt on the fly: a slot with one key is a leaf [Key|Value], a
  // slot with several is an inner node one level down.

  static Term hkey(const Word* m, size_t i) { return Term(boxed_ptr(Term(m[1]))[1 + i]); }
  static Term hval(const Word* m, size_t i) { return Term(m[2 + i]); }

  // End of the slot group that starts at key `lo`.
  static size_t group_end(const Word* m, size_t lo, size_t hi, unsigned level) {
    if (level >= kMaxTrieLevel) return lo + 1;  // full 64-level collision: never seen
    unsigned s = trie_slot(hkey(m, lo), level);
    size_t e = lo + 1;
    while (e < hi && trie_slot(hkey(m, e), level) == s) e++;
    return e;
  }

  void hash_node(const Word* m, size_t lo, size_t hi, unsigned level, bool head) {
    unsigned bitmap = 0;
    if (level < kMaxTrieLevel) {
      for (size_t i = lo; i < hi; i++) bitmap |= 1u << trie_slot(hkey(m, i), level);
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%x", bitmap);
    out_ += head ? "#<" : "<";
    out_ += buf;
    out_ += ">{";
    push_text("}");
    if (lo < hi) push(Item::kHashKids, reinterpret_cast<Word>(m), lo, hi, level);
  }

  bool hash_kids(const Word* m, size_t lo, size_t hi, unsigned level) {
    size_t e = group_end(m, lo, hi, level);
    if (e < hi) {
      push(Item::kHashKids, reinterpret_cast<Word>(m), e, hi, level);
      push_text(",");
    }
    if (e - lo == 1) {
      if (!take()) return false;
      return print_cons(hkey(m, lo), hval(m, lo));
    }
    if (!take()) return false;
    hash_node(m, lo, e, level + 1, false);
    return true;
  }

  std::string& out_;
  long budget_;
  std::vector<Item> stack_;
};

}  // namespace

void display_float(std::string& out, double d) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.6e", d);
  out.append(buf, size_t(n));
}

void display_term_limited(std::string& out, Term t, long limit) {
  Printer p(out, limit);
  if (p.run(t) <= 0) out += "... ";
}

void display_term(std::string& out, Term t) { display_term_limited(out, t, kDisplayNoLimit); }

std::string display_term(Term t) {
  std::string s;
  display_term(s, t);
  return s;
}

std::string display_line(Term t) {
  std::string text = display_term(t);
  std::string out;
  out.reserve(text.size() + 2);
  for (char c : text) {
    if (c == '\n') out.push_back('\r');
    out.push_back(c);
  }
  out += "\r\n";
  return out;
}

void display_pid(std::string& out, uint64_t channel, uint64_t number, uint64_t serial) {
  out.push_back('<');
  append_unsigned(out, channel);
  out.push_back('.');
  append_unsigned(out, number);
  out.push_back('.');
  append_unsigned(out, serial);
  out.push_back('>');
}

void display_port(std::string& out, uint64_t channel, uint64_t number) {
  out += "#Port<";
  append_unsigned(out, channel);
  out.push_back('.');
  append_unsigned(out, number);
  out.push_back('>');
}

void display_ref(std::string& out, uint64_t channel, const uint32_t* numbers, size_t count) {
  out += "#Ref<";
  append_unsigned(out, channel);
  for (size_t i = count; i-- > 0;) {
    out.push_back('.');
    append_unsigned(out, numbers[i]);
  }
  out.push_back('>');
}

void display_local_fun(std::string& out, Term module, int64_t old_index, int64_t old_uniq) {
  out += "#Fun<";
  out += atom_text(module);
  out.push_back('.');
  append_signed(out, old_index);
  out.push_back('.');
  append_signed(out, old_uniq);
  out.push_back('>');
}

}  // namespace openbeam::vm
