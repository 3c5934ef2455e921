// The re module's BIFs over PCRE2: re:version/0, compile/1,2, run/2,3,
// internal_run/4, inspect/2.
//
// Semantics are ERTS 13's (erts/emulator/beam/erl_bif_re.c over PCRE 8.45),
// checked against erl by tests/conformance/lib_re_*.erl. Like ERTS, these
// BIFs handle byte-oriented runs themselves and continue in re.erl's
// Erlang code (by trapping) for `global` (re:grun/3), for unicode with
// list subjects or list captures (re:urun/3) and for unicode list
// patterns (re:ucompile/2), so re:replace/split/run behave as in erl.
//
// Compiled patterns keep erl's shape {re_pattern, Captures, Unicode,
// UseCRLF, Binary}. ERTS's Binary holds PCRE1's compiled code; OpenBEAM's
// holds "OBRE", the PCRE2 compile options, newline and \R conventions and
// the pattern text, and a small cache maps it to compiled PCRE2 code (so a
// forged binary can never reach PCRE2's internals). Known differences:
// re:version/0 names the PCRE2 library; compile error messages are
// PCRE 8's texts where PCRE2 reports the same error (else PCRE2's), and
// offsets are PCRE2's; long matches do not yield yet (no scheduler).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/export_table.hpp"
#include "vm/interp.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

// ---- options ---------------------------------------------------------------

enum ParseFlags : unsigned {
  kCaptureOpt = 1,
  kUniqueExecOpt = 2,
  kUniqueCompileOpt = 4,
  kReportErrors = 8,
  kUnicode = 16,
  kGlobal = 32,
  kMatchLimit = 64,
  kMatchLimitRecursion = 128,
};

struct Options {
  uint32_t compile = 0;     // PCRE2 compile options
  uint32_t match = 0;       // PCRE2 match options
  uint32_t newline = 0;     // PCRE2_NEWLINE_*, 0 = default (LF)
  uint32_t bsr = 0;         // PCRE2_BSR_*, 0 = default (Unicode)
  unsigned flags = 0;
  int offset = 0;
  uint32_t match_limit = 0;
  uint32_t recursion_limit = 0;
  Term capture_values = kNonValue;
  Term capture_type = kNonValue;
};

// A non-negative C int (ERTS's term_to_int on 64-bit machines, where a
// negative small reads as a huge unsigned number).
bool to_int(Term t, int* v) {
  if (!is_small(t) || small_value(t) < 0 || small_value(t) > INT32_MAX) return false;
  *v = int(small_value(t));
  return true;
}

bool parse_options(Term l, Options* o) {
  for (; is_list(l); l = cdr(l)) {
    Term item = car(l);
    if (is_tuple(item)) {
      Word n = tuple_arity(item);
      Term k = n >= 1 ? tuple_element(item, 1) : make_nil();
      if (n != 2 || !is_atom(k)) {
        if (n == 3 && k == atoms::am_capture) {
          o->capture_values = tuple_element(item, 2);
          o->capture_type = tuple_element(item, 3);
          o->flags |= kCaptureOpt | kUniqueExecOpt;
          continue;
        }
        return false;
      }
      Term v = tuple_element(item, 2);
      int x;
      if (k == atoms::am_capture) {
        o->capture_values = v;
        o->capture_type = atoms::am_index;
        o->flags |= kCaptureOpt | kUniqueExecOpt;
      } else if (k == atoms::am_offset) {
        if (!to_int(v, &x)) return false;
        o->offset = x;
        o->flags |= kUniqueExecOpt;
      } else if (k == atoms::am_match_limit) {
        if (!to_int(v, &x)) return false;
        o->match_limit = uint32_t(x);
        o->flags |= kUniqueExecOpt | kMatchLimit;
      } else if (k == atoms::am_match_limit_recursion) {
        if (!to_int(v, &x)) return false;
        o->recursion_limit = uint32_t(x);
        o->flags |= kUniqueExecOpt | kMatchLimitRecursion;
      } else if (k == atoms::am_newline) {
        if (v == atoms::am_cr) o->newline = PCRE2_NEWLINE_CR;
        else if (v == atoms::am_crlf) o->newline = PCRE2_NEWLINE_CRLF;
        else if (v == atoms::am_lf) o->newline = PCRE2_NEWLINE_LF;
        else if (v == atoms::am_anycrlf) o->newline = PCRE2_NEWLINE_ANYCRLF;
        else if (v == atoms::am_any) o->newline = PCRE2_NEWLINE_ANY;
        else return false;
      } else {
        return false;
      }
      continue;
    }
    if (!is_atom(item)) return false;
    struct Flag {
      Term atom;
      uint32_t compile, match;
      unsigned flags;
    };
    static const Flag table[] = {
        {atoms::am_anchored, PCRE2_ANCHORED, PCRE2_ANCHORED, 0},
        {atoms::am_notempty, 0, PCRE2_NOTEMPTY, kUniqueExecOpt},
        {atoms::am_notempty_atstart, 0, PCRE2_NOTEMPTY_ATSTART, kUniqueExecOpt},
        {atoms::am_notbol, 0, PCRE2_NOTBOL, kUniqueExecOpt},
        {atoms::am_noteol, 0, PCRE2_NOTEOL, kUniqueExecOpt},
        {atoms::am_no_start_optimize, PCRE2_NO_START_OPTIMIZE, 0, kUniqueCompileOpt},
        {atoms::am_caseless, PCRE2_CASELESS, 0, kUniqueCompileOpt},
        {atoms::am_dollar_endonly, PCRE2_DOLLAR_ENDONLY, 0, kUniqueCompileOpt},
        {atoms::am_dotall, PCRE2_DOTALL, 0, kUniqueCompileOpt},
        {atoms::am_extended, PCRE2_EXTENDED, 0, kUniqueCompileOpt},
        {atoms::am_firstline, PCRE2_FIRSTLINE, 0, kUniqueCompileOpt},
        {atoms::am_multiline, PCRE2_MULTILINE, 0, kUniqueCompileOpt},
        {atoms::am_no_auto_capture, PCRE2_NO_AUTO_CAPTURE, 0, kUniqueCompileOpt},
        {atoms::am_dupnames, PCRE2_DUPNAMES, 0, kUniqueCompileOpt},
        {atoms::am_ungreedy, PCRE2_UNGREEDY, 0, kUniqueCompileOpt},
        {atoms::am_ucp, PCRE2_UCP, 0, kUniqueCompileOpt},
        {atoms::am_never_utf, PCRE2_NEVER_UTF, 0, kUniqueCompileOpt},
        {atoms::am_report_errors, 0, 0, kUniqueExecOpt | kReportErrors},
        {atoms::am_unicode, PCRE2_UTF, 0, kUniqueCompileOpt | kUnicode},
        {atoms::am_global, 0, 0, kUniqueExecOpt | kGlobal},
    };
    bool found = false;
    for (const Flag& f : table) {
      if (f.atom == item) {
        o->compile |= f.compile;
        o->match |= f.match;
        o->flags |= f.flags;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (item == atoms::am_bsr_anycrlf) o->bsr = PCRE2_BSR_ANYCRLF;
    else if (item == atoms::am_bsr_unicode) o->bsr = PCRE2_BSR_UNICODE;
    else return false;
  }
  return is_nil(l);
}

Term badopt(Process* p) {
  badarg(p);
  p->raise.cause = atoms::am_badopt;
  return kNonValue;
}

// ---- compiled code ---------------------------------------------------------

// What a re_pattern binary describes.
struct Spec {
  uint32_t compile = 0;
  uint32_t newline = 0;
  uint32_t bsr = 0;
  std::string pattern;

  std::string serialize() const {
    std::string s = "OBRE";
    for (int i = 0; i < 4; i++) s.push_back(char(compile >> (8 * i)));
    s.push_back(char(newline));
    s.push_back(char(bsr));
    return s + pattern;
  }
  static bool parse(const std::string& s, Spec* out) {
    if (s.size() < 10 || s.compare(0, 4, "OBRE") != 0) return false;
    out->compile = 0;
    for (int i = 0; i < 4; i++) out->compile |= uint32_t(uint8_t(s[4 + i])) << (8 * i);
    out->newline = uint8_t(s[8]);
    out->bsr = uint8_t(s[9]);
    out->pattern = s.substr(10);
    return out->newline <= PCRE2_NEWLINE_NUL && out->bsr <= PCRE2_BSR_ANYCRLF;
  }
};

struct Code {
  pcre2_code* code = nullptr;
  uint32_t captures = 0;
  ~Code() { pcre2_code_free(code); }
};

// PCRE 8's error 58, which PCRE2 does not have (\\g without a number, \\g0).
constexpr int kErrZeroReference = 1058;

struct CompileError {
  int code = 0;
  size_t offset = 0;
};

// PCRE 8's message (the text erl reports) for a PCRE2 compile error code.
std::string error_text(int code) {
  static const std::unordered_map<int, const char*> pcre1 = {
      {101, "\\ at end of pattern"},
      {102, "\\c at end of pattern"},
      {103, "unrecognized character follows \\"},
      {104, "numbers out of order in {} quantifier"},
      {105, "number too big in {} quantifier"},
      {106, "missing terminating ] for character class"},
      {107, "invalid escape sequence in character class"},
      {108, "range out of order in character class"},
      {109, "nothing to repeat"},
      {110, "internal error: unexpected repeat"},
      {111, "unrecognized character after (? or (?-"},
      {112, "POSIX named classes are supported only within a class"},
      {113, "POSIX collating elements are not supported"},
      {114, "missing )"},
      {115, "reference to non-existent subpattern"},
      {kErrZeroReference, "a numbered reference must not be zero"},
      {118, "missing ) after comment"},
      {120, "regular expression is too large"},
      {121, "failed to get memory"},
      {122, "unmatched parentheses"},
      {124, "malformed number or name after (?("},
      {125, "lookbehind assertion is not fixed length"},
      {127, "conditional group contains more than two branches"},
      {128, "assertion expected after (?( or (?(?C)"},
      {129, "digit expected after (?+"},
      {130, "unknown POSIX class name"},
      {133, "parentheses are too deeply nested (stack check)"},
      {134, "character value in \\x{} or \\o{} is too large"},
      {136, "\\C not allowed in lookbehind assertion"},
      {137, "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u"},
      {138, "number after (?C is > 255"},
      {139, "closing ) for (?C expected"},
      {141, "unrecognized character after (?P"},
      {142, "syntax error in subpattern name (missing terminator)"},
      {143, "two named subpatterns have the same name"},
      {144, "group name must start with a non-digit"},
      {146, "malformed \\P or \\p sequence"},
      {147, "unknown property name after \\P or \\p"},
      {148, "subpattern name is too long (maximum 32 characters)"},
      {149, "too many named subpatterns (maximum 10000)"},
      {150, "invalid range in character class"},
      {151, "octal value is greater than \\377 in 8-bit non-UTF-8 mode"},
      {154, "DEFINE group contains more than one branch"},
      {155, "missing opening brace after \\o"},
      {157, "\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number"},
      {158, "(?R or (?[+-]digits must be followed by )"},
      {160, "(*VERB) not recognized or malformed"},
      {161, "number is too big"},
      {162, "subpattern name expected"},
      {164, "non-octal character in \\o{} (closing brace missing?)"},
      {165, "different names for subpatterns of the same number are not allowed"},
      {166, "(*MARK) must have an argument"},
      {167, "non-hex character in \\x{} (closing brace missing?)"},
      {168, "\\c must be followed by an ASCII character"},
      {169, "\\k is not followed by a braced, angle-bracketed, or quoted name"},
      {171, "\\N is not supported in a class"},
      {173, "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)"},
      {174, "setting UTF is disabled by the application"},
      {176, "name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)"},
      {177, "character value in \\u.... sequence is too large"},
      {178, "digits missing in \\x{} or \\o{}"},
      {186, "regular expression is too complicated"},
  };
  if (code >= PCRE2_ERROR_UTF8_ERR21 && code <= PCRE2_ERROR_UTF8_ERR1) return "invalid UTF-8 string";
  auto it = pcre1.find(code);
  if (it != pcre1.end()) return it->second;
  PCRE2_UCHAR buf[256];
  if (pcre2_get_error_message(code, buf, sizeof buf) < 0) return "unknown error";
  return reinterpret_cast<const char*>(buf);
}

// ERTS builds PCRE with ISO-8859-1 character tables (pcre_latin_1_table.c):
// besides ASCII, C0..D6 and D8..DE are upper case letters, DF..F6, F8..FF
// and AA, B5, BA lower case letters, A0..FF graphic and printable, the
// other A0..BF and D7, F7 punctuation, 80..9F control characters. PCRE2's
// tables for the C locale, with those bytes added, in PCRE2's own layout
// (lower case map, case flip map, class bitmaps, character types).
const uint8_t* latin1_tables() {
  static const uint8_t* tables = [] {
    const uint8_t* ascii = pcre2_maketables(nullptr);
    auto* t = new uint8_t[1088];
    std::memcpy(t, ascii, 1088);
    pcre2_maketables_free(nullptr, ascii);
    uint8_t *lcc = t, *fcc = t + 256, *cbits = t + 512, *ctypes = t + 832;
    enum { kSpace, kXdigit, kDigit, kUpper, kLower, kWord, kGraph, kPrint, kPunct, kCntrl };
    auto set = [&](int cls, int c) { cbits[32 * cls + c / 8] |= uint8_t(1 << (c % 8)); };
    for (int c = 0x80; c <= 0xFF; c++) {
      bool upper = (c >= 0xC0 && c <= 0xDE && c != 0xD7);
      bool lower = (c >= 0xDF && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA;
      if (upper) {
        lcc[c] = uint8_t(c + 0x20);
        fcc[c] = uint8_t(c + 0x20);
        ctypes[c] = ctypes['G'];
        set(kUpper, c);
      } else if (lower) {
        if (c >= 0xE0 && c != 0xFF) fcc[c] = uint8_t(c - 0x20);
        ctypes[c] = ctypes['g'];
        set(kLower, c);
      }
      if (upper || lower) set(kWord, c);
      if (c >= 0xA0) {
        set(kGraph, c);
        set(kPrint, c);
        if (!upper && !lower) set(kPunct, c);
      } else {
        set(kCntrl, c);
      }
    }
    return t;
  }();
  return tables;
}

// PCRE 8 takes a hyphen right after a class escape or POSIX class inside a
// character class ("[\\d-z]", "[[:alpha:]-z]") as a literal; PCRE2 calls it
// an invalid range. Escapes such hyphens; `inserted` receives the positions
// (in the result) of the added backslashes, to map error offsets back.
std::string escape_class_hyphens(const std::string& p, std::vector<size_t>* inserted) {
  std::string out;
  size_t n = p.size(), i = 0;
  bool in_class = false;
  auto copy = [&](size_t k) {
    k = std::min(k, n - i);
    out.append(p, i, k);
    i += k;
  };
  auto quoted = [&] {  // \Q...\E
    size_t e = p.find("\\E", i + 2);
    copy(e == std::string::npos ? n - i : e + 2 - i);
  };
  while (i < n) {
    char c = p[i];
    if (!in_class) {
      if (c == '\\' && i + 1 < n && p[i + 1] == 'Q') {
        quoted();
      } else if (c == '\\') {
        copy(2);
      } else if (p.compare(i, 3, "(?#") == 0) {
        size_t e = p.find(')', i);
        copy(e == std::string::npos ? n - i : e + 1 - i);
      } else if (c == '[') {
        in_class = true;
        copy(1);
        if (i < n && p[i] == '^') copy(1);
        if (i < n && p[i] == ']') copy(1);  // a literal ]
      } else {
        copy(1);
      }
      continue;
    }
    bool class_item = false;
    if (c == '\\' && i + 1 < n && p[i + 1] == 'Q') {
      quoted();
      continue;
    } else if (c == '\\' && i + 1 < n) {
      char e = p[i + 1];
      if (std::strchr("dDsSwWhHvV", e)) {
        class_item = true;
        copy(2);
      } else if ((e == 'p' || e == 'P') && i + 2 < n) {
        size_t end = p[i + 2] == '{' ? p.find('}', i + 2) : i + 2;
        class_item = end != std::string::npos;
        copy(end == std::string::npos ? n - i : end + 1 - i);
      } else {
        copy(2);
      }
    } else if (c == '[' && i + 1 < n && p[i + 1] == ':') {
      size_t e = p.find(":]", i + 2);
      class_item = e != std::string::npos;
      copy(e == std::string::npos ? 1 : e + 2 - i);
    } else {
      if (c == ']') in_class = false;
      copy(1);
    }
    if (class_item && i + 1 < n && p[i] == '-' && p[i + 1] != ']') {
      inserted->push_back(out.size());
      out.push_back('\\');
    }
  }
  return out;
}

// The index of the ')' closing the group that opens at `at`, or `at`.
size_t group_end(const std::string& p, size_t at) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = at; i < p.size(); i++) {
    char c = p[i];
    if (c == '\\') {
      i++;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == ']') i++;
    } else if (c == '(') {
      depth++;
    } else if (c == ')' && --depth == 0) {
      return i;
    }
  }
  return at;
}

// PCRE2 (10.42) studies \d, \w and \s in UTF-8 mode with the space
// bitmap instead of the type's own (pcre2_study.c, set_type_bits), so with
// our Latin-1 tables a pattern starting with \w never gets the lead bytes
// C2/C3 of the letters U+00C0..U+00FF into its start bitmap and skips
// them: re:run("ä", "\\w", [unicode]) would not match (erl's PCRE 8 does).
// A start bitmap only filters where matching is tried, so setting those two
// bits is always safe; the bitmap lives in the compiled code we own.
void widen_utf8_start_bitmap(pcre2_code* c, uint32_t options) {
  if (!(options & PCRE2_UTF)) return;
  const uint8_t* bitmap = nullptr;
  if (pcre2_pattern_info(c, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0 || !bitmap) return;
  auto* bits = const_cast<uint8_t*>(bitmap);
  for (unsigned lead : {0xC2u, 0xC3u}) bits[lead / 8] |= uint8_t(1u << (lead % 8));
}

std::shared_ptr<Code> compile_spec(const Spec& s, CompileError* err) {
  pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
  pcre2_set_character_tables(ctx, latin1_tables());
  pcre2_set_newline(ctx, s.newline ? s.newline : PCRE2_NEWLINE_LF);
  if (s.bsr) pcre2_set_bsr(ctx, s.bsr);
  int code;
  PCRE2_SIZE offset;
  // PCRE 8 reads the pattern as a C string: it ends at the first NUL.
  std::string original(s.pattern.c_str());
  std::vector<size_t> inserted;
  std::string pattern = escape_class_hyphens(original, &inserted);
  pcre2_code* c = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), s.compile,
                                &code, &offset, ctx);
  pcre2_compile_context_free(ctx);
  if (!c) {
    err->code = code;
    for (size_t at : inserted) offset -= at < offset ? 1 : 0;
    // PCRE 8 points at the last character of these constructs, PCRE2 just
    // after them.
    bool one_before = code == 143 || code == 147 || code == 169;
    if (one_before && offset > 0) offset--;
    // A lookbehind of variable length: PCRE 8 points at its closing
    // parenthesis, PCRE2 at its start.
    if (code == 125) offset = group_end(original, offset);
    // \\g without a reference and \\g0: PCRE 8 says the number is zero, at
    // the g or the digit; "\\g{" without a name: PCRE 8's "\\g is not ...".
    auto before = [&](const char* text) {
      size_t k = std::strlen(text);
      return offset >= k && original.compare(offset - k, k, text) == 0;
    };
    if ((code == 157 && before("\\g") && !(offset < original.size() && original[offset] == '{')) ||
        (code == 115 && before("\\g0"))) {
      err->code = kErrZeroReference;
      offset--;
    } else if (code == 162 && before("\\g{")) {
      err->code = 157;
    }
    err->offset = offset;
    return nullptr;
  }
  widen_utf8_start_bitmap(c, s.compile);
  auto r = std::make_shared<Code>();
  r->code = c;
  pcre2_pattern_info(c, PCRE2_INFO_CAPTURECOUNT, &r->captures);
  return r;
}

// Compiled code for re_pattern binaries, by their bytes (bounded).
std::shared_ptr<Code> cached_code(const std::string& bytes, const Spec& s) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::shared_ptr<Code>> cache;
  {
    std::lock_guard<std::mutex> g(mu);
    auto it = cache.find(bytes);
    if (it != cache.end()) return it->second;
  }
  CompileError err;
  auto c = compile_spec(s, &err);
  if (!c) return nullptr;
  std::lock_guard<std::mutex> g(mu);
  if (cache.size() >= 256) cache.clear();
  cache[bytes] = c;
  return c;
}

bool uses_crlf(uint32_t newline) {
  return newline == PCRE2_NEWLINE_CRLF || newline == PCRE2_NEWLINE_ANY || newline == PCRE2_NEWLINE_ANYCRLF;
}

// {re_pattern, Captures, Unicode, UseCRLF, Binary}
Term pattern_term(Process* p, const Spec& s, const Code& c, bool unicode) {
  std::string bytes = s.serialize();
  Term bin = make_binary(*p, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  Word* hp = p->alloc(6);
  hp[0] = make_header(Subtag::kTuple, 5);
  hp[1] = atoms::am_re_pattern.raw();
  hp[2] = make_small(c.captures).raw();
  hp[3] = make_small(unicode ? 1 : 0).raw();
  hp[4] = make_small(uses_crlf(s.newline) ? 1 : 0).raw();
  hp[5] = bin.raw();
  return make_boxed(hp);
}

// {Message, Offset}
Term error_info_term(Process* p, const CompileError& e) {
  std::string text = error_text(e.code);
  std::vector<Term> chars;
  for (unsigned char ch : text) chars.push_back(make_small(ch));
  return make_tuple2(p, make_list_from(p, chars.data(), chars.size()), make_small(int64_t(e.offset)));
}

// A well-formed re_pattern tuple: its spec and binary bytes.
bool decode_pattern(Term t, Spec* s, std::string* bytes, bool* unicode) {
  if (!is_tuple(t) || tuple_arity(t) != 5 || tuple_element(t, 1) != atoms::am_re_pattern) return false;
  for (Word i = 2; i <= 4; i++) {
    if (!is_small(tuple_element(t, i))) return false;
  }
  Term bin = tuple_element(t, 5);
  if (!is_binary_term(bin)) return false;
  if (!iodata_bytes(bin, bytes)) return false;
  *unicode = small_value(tuple_element(t, 3)) != 0;
  return Spec::parse(*bytes, s);
}

const ExportEntry* re_export(Term name, unsigned arity) { return export_entry(atoms::am_re, name, arity); }

// ---- captures --------------------------------------------------------------

enum class RetType { kIndex, kList, kBinary, kNone };

struct Capture {
  RetType type = RetType::kIndex;
  int num_spec = 0;       // 0: all, -1: all but first, > 0: the listed ones
  std::vector<int> v;     // group numbers; < -1: that many alternatives follow
};

// Group numbers for a name (several with dupnames), as ERTS lists them.
void add_name(const Code& c, const std::string& name, bool dupnames, Capture* cap) {
  if (!dupnames) {
    int n = pcre2_substring_number_from_name(c.code, reinterpret_cast<PCRE2_SPTR>(name.c_str()));
    cap->v.push_back(n < 0 ? -1 : n);
    cap->num_spec++;
    return;
  }
  PCRE2_SPTR first, last;
  int esize = pcre2_substring_nametable_scan(c.code, reinterpret_cast<PCRE2_SPTR>(name.c_str()), &first, &last);
  if (esize < 0) {
    cap->v.push_back(-1);
    cap->num_spec++;
    return;
  }
  auto index = [](PCRE2_SPTR e) { return int(e[0]) << 8 | int(e[1]); };
  if (first == last) {
    cap->v.push_back(index(first));
    cap->num_spec++;
    return;
  }
  int num = int((last - first) / esize) + 1;
  cap->v.push_back(-num);
  cap->num_spec++;
  for (int i = 0; i < num; i++, first += esize) {
    cap->v.push_back(index(first));
    cap->num_spec++;
  }
}

bool build_capture(const Options& o, const Code& c, Capture* cap) {
  Term type = o.capture_type, values = o.capture_values;
  if (type == atoms::am_index) cap->type = RetType::kIndex;
  else if (type == atoms::am_list) cap->type = RetType::kList;
  else if (type == atoms::am_binary) cap->type = RetType::kBinary;
  else return false;
  uint32_t options = 0;
  pcre2_pattern_info(c.code, PCRE2_INFO_ALLOPTIONS, &options);
  bool dupnames = (options & PCRE2_DUPNAMES) != 0;
  if (values == atoms::am_all) {
    cap->num_spec = 0;
  } else if (values == atoms::am_none || is_nil(values)) {
    cap->type = RetType::kNone;
  } else if (values == atoms::am_all_but_first) {
    cap->num_spec = -1;
  } else if (values == atoms::am_first) {
    cap->num_spec = 1;
    cap->v.push_back(0);
  } else if (values == atoms::am_all_names) {
    uint32_t count = 0, esize = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(c.code, PCRE2_INFO_NAMECOUNT, &count);
    if (count == 0) {
      cap->type = RetType::kNone;
      return true;
    }
    pcre2_pattern_info(c.code, PCRE2_INFO_NAMEENTRYSIZE, &esize);
    pcre2_pattern_info(c.code, PCRE2_INFO_NAMETABLE, &table);
    const char* last = nullptr;
    for (uint32_t i = 0; i < count; i++, table += esize) {
      const char* name = reinterpret_cast<const char*>(table + 2);
      if (!last || !dupnames || std::strcmp(last, name) != 0) {
        if (dupnames) add_name(c, name, true, cap);
        else {
          cap->v.push_back(int(table[0]) << 8 | int(table[1]));
          cap->num_spec++;
        }
      }
      last = name;
    }
  } else if (is_list(values)) {
    Term l = values;
    for (; is_list(l); l = cdr(l)) {
      Term x = car(l);
      int n;
      if (to_int(x, &n)) {
        cap->v.push_back(n);
        cap->num_spec++;
      } else if (is_atom(x)) {
        add_name(c, std::string(atom_text(x)), dupnames, cap);
      } else if (is_bitstring(x) || is_list(x) || is_nil(x)) {
        std::string name;
        if (!iodata_bytes(x, &name)) return false;
        add_name(c, std::string(name.c_str()), dupnames, cap);
      } else {
        return false;
      }
    }
    if (!is_nil(l)) return false;
  } else {
    return false;
  }
  return true;
}

// ---- running ---------------------------------------------------------------

// The subject's bytes: in place for a byte-aligned binary (re.erl's global
// loop runs the same binary once per match), else a flattened copy.
struct Subject {
  const char* data = nullptr;
  size_t size = 0;
  std::string copy;
  Term binary = kNonValue;  // the subject binary, when sub binaries of it may be returned
};

Term capture_value(Process* p, const Subject& s, RetType type, PCRE2_SIZE start, PCRE2_SIZE end) {
  size_t from = start == PCRE2_UNSET ? 0 : start;
  size_t len = start == PCRE2_UNSET ? 0 : end - start;
  if (type == RetType::kBinary) {
    if (s.binary != kNonValue) return make_sub_binary(*p, s.binary, from * 8, len * 8);
    return make_binary(*p, reinterpret_cast<const uint8_t*>(s.data) + from, len);
  }
  std::vector<Term> chars(len);
  for (size_t i = 0; i < len; i++) chars[i] = make_small(uint8_t(s.data[from + i]));
  return make_list_from(p, chars.data(), len);
}

Term index_value(Process* p, PCRE2_SIZE start, PCRE2_SIZE end) {
  if (start == PCRE2_UNSET) return make_tuple2(p, make_small(-1), make_small(0));
  return make_tuple2(p, make_small(int64_t(start)), make_small(int64_t(end - start)));
}

Term match_result(Process* p, int rc, const PCRE2_SIZE* ov, const Capture& cap, const Subject& s) {
  if (cap.type == RetType::kNone) return atoms::am_match;
  std::vector<Term> items;
  auto one = [&](int x) {
    if (x >= 0 && x < rc) {
      items.push_back(cap.type == RetType::kIndex ? index_value(p, ov[2 * x], ov[2 * x + 1])
                                                  : capture_value(p, s, cap.type, ov[2 * x], ov[2 * x + 1]));
    } else if (cap.type == RetType::kIndex) {
      items.push_back(make_tuple2(p, make_small(-1), make_small(0)));
    } else if (cap.type == RetType::kBinary) {
      items.push_back(make_binary(*p, nullptr, 0));
    } else {
      items.push_back(make_nil());
    }
  };
  if (cap.num_spec <= 0) {
    for (int i = -cap.num_spec; i < rc; i++) one(i);
  } else {
    for (int i = 0; i < cap.num_spec; i++) {
      int x = cap.v[i];
      if (x < -1) {
        // A name used by several groups: the first one that is set.
        int n = i - x + 1;
        for (int j = i + 1; j < cap.num_spec && j < n; j++) {
          if (ov[2 * cap.v[j]] != PCRE2_UNSET) {
            x = cap.v[j];
            break;
          }
        }
        i = n - 1;
      }
      one(x);
    }
  }
  return make_tuple2(p, atoms::am_match, make_list_from(p, items.data(), items.size()));
}

Term do_run(Process* p, Term subject, Term re, Term opts, bool first) {
  Options o;
  if (!parse_options(opts, &o)) return badopt(p);
  if (!first) o.match |= PCRE2_NO_UTF_CHECK;
  bool list_capture = (o.flags & kCaptureOpt) && o.capture_type == atoms::am_list;
  Term args[3] = {subject, re, opts};

  std::shared_ptr<Code> code;
  Spec spec;
  if (!is_tuple(re) || tuple_arity(re) != 5) {
    if (!is_bitstring(re) && !is_list(re) && !is_nil(re)) return badarg(p);
    if ((o.flags & kUnicode) &&
        (!is_bitstring(re) || !is_bitstring(subject) || (list_capture && !(o.flags & kGlobal)))) {
      return bif_trap(p, re_export(atoms::am_urun, 3), args, 3);
    }
    if (!iodata_bytes(re, &spec.pattern)) return badarg(p);
    spec.compile = o.compile;
    spec.newline = o.newline;
    spec.bsr = o.bsr;
    CompileError err;
    code = compile_spec(spec, &err);
    if (!code) {
      if (o.flags & kReportErrors) {
        Term info = make_tuple2(p, atoms::am_compile, error_info_term(p, err));
        return make_tuple2(p, atoms::am_error, info);
      }
      return badarg(p);
    }
    if (o.flags & kGlobal) {
      Term pre = pattern_term(p, spec, *code, (o.flags & kUnicode) != 0);
      Word* hp = p->alloc(4);
      hp[0] = make_header(Subtag::kTuple, 3);
      hp[1] = opts.raw();
      hp[2] = ((o.flags & kUniqueCompileOpt) ? atoms::am_true : atoms::am_false).raw();
      hp[3] = re.raw();
      Term targs[3] = {subject, pre, make_boxed(hp)};
      return bif_trap(p, re_export(atoms::am_grun, 3), targs, 3);
    }
  } else {
    if (o.flags & kUniqueCompileOpt) return badarg(p);
    std::string bytes;
    bool unicode;
    if (!decode_pattern(re, &spec, &bytes, &unicode)) return badarg(p);
    if (unicode && (!is_bitstring(subject) || (list_capture && !(o.flags & kGlobal)))) {
      return bif_trap(p, re_export(atoms::am_urun, 3), args, 3);
    }
    if (o.flags & kGlobal) {
      Term targs[3] = {subject, re, make_tuple2(p, opts, atoms::am_false)};
      return bif_trap(p, re_export(atoms::am_grun, 3), targs, 3);
    }
    // Run-time newline and \R conventions override the compiled ones, as
    // PCRE 8 allows; anchored is a match option.
    if ((o.newline && o.newline != spec.newline) || (o.bsr && o.bsr != spec.bsr)) {
      if (o.newline) spec.newline = o.newline;
      if (o.bsr) spec.bsr = o.bsr;
      bytes = spec.serialize();
    }
    code = cached_code(bytes, spec);
    if (!code) return badarg(p);
  }

  Capture cap;
  if ((o.flags & kCaptureOpt) && !build_capture(o, *code, &cap)) return badarg(p);

  Subject s;
  BitsView v{};
  if (is_bitstring(subject)) v = bits_view(subject);
  if (is_bitstring(subject) && v.bit_offset == 0 && v.extra_bits == 0) {
    s.data = reinterpret_cast<const char*>(v.base);
    s.size = v.bytes;
    if (v.bytes > kHeapBinaryMax) s.binary = subject;
  } else {
    if (!iodata_bytes(subject, &s.copy)) return badarg(p);
    s.data = s.copy.data();
    s.size = s.copy.size();
  }
  if (size_t(o.offset) > s.size) return badarg(p);

  pcre2_match_context* mctx = pcre2_match_context_create(nullptr);
  if (o.flags & kMatchLimit) pcre2_set_match_limit(mctx, o.match_limit);
  if (o.flags & kMatchLimitRecursion) pcre2_set_depth_limit(mctx, o.recursion_limit);
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(code->code, nullptr);
  int rc = pcre2_match(code->code, reinterpret_cast<PCRE2_SPTR>(s.data), s.size,
                       PCRE2_SIZE(o.offset), o.match, md, mctx);
  pcre2_match_context_free(mctx);
  // The subject scanned: up to the end of the match, or all of it.
  size_t scanned = rc > 0 ? size_t(pcre2_get_ovector_pointer(md)[1]) : s.size;
  charge_reductions(p, scanned > size_t(o.offset) ? scanned - size_t(o.offset) : 0, kBytesPerReduction);
  Term result;
  if (rc > 0) {
    result = match_result(p, rc, pcre2_get_ovector_pointer(md), cap, s);
  } else if (rc == 0) {
    result = badarg(p);  // cannot happen: the match data fits every group
  } else if (rc == PCRE2_ERROR_NOMATCH) {
    result = atoms::am_nomatch;
  } else if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
    result = (o.flags & kReportErrors) ? make_tuple2(p, atoms::am_error, atoms::am_match_limit) : atoms::am_nomatch;
  } else if (rc == PCRE2_ERROR_DEPTHLIMIT) {
    result = (o.flags & kReportErrors) ? make_tuple2(p, atoms::am_error, atoms::am_match_limit_recursion)
                                       : atoms::am_nomatch;
  } else {
    result = badarg(p);  // bad UTF-8 subject or offset
  }
  pcre2_match_data_free(md);
  return result;
}

Term do_compile(Process* p, Term re, Term opts) {
  Options o;
  if (!parse_options(opts, &o) || (o.flags & kUniqueExecOpt)) return badopt(p);
  bool unicode = (o.flags & kUnicode) != 0;
  if (unicode && !is_bitstring(re)) {
    Term args[2] = {re, opts};
    return bif_trap(p, re_export(atoms::am_ucompile, 2), args, 2);
  }
  Spec spec;
  if (!iodata_bytes(re, &spec.pattern)) return badarg(p);
  spec.compile = o.compile;
  spec.newline = o.newline;
  spec.bsr = o.bsr;
  CompileError err;
  auto code = compile_spec(spec, &err);
  if (!code) return make_tuple2(p, atoms::am_error, error_info_term(p, err));
  return make_tuple2(p, atoms::am_ok, pattern_term(p, spec, *code, unicode));
}

}  // namespace

Term re_version_0(Process* p, Term* a) {
  char buf[64];
  int n = pcre2_config(PCRE2_CONFIG_VERSION, buf);
  size_t len = n > 0 ? std::strlen(buf) : 0;
  return make_binary(*p, reinterpret_cast<const uint8_t*>(buf), len);
}

Term re_compile_1(Process* p, Term* a) { return do_compile(p, a[0], make_nil()); }
Term re_compile_2(Process* p, Term* a) { return do_compile(p, a[0], a[1]); }
Term re_run_2(Process* p, Term* a) { return do_run(p, a[0], a[1], make_nil(), true); }
Term re_run_3(Process* p, Term* a) { return do_run(p, a[0], a[1], a[2], true); }

Term re_internal_run_4(Process* p, Term* a) {
  if (a[3] != atoms::am_true && a[3] != atoms::am_false) return badarg(p);
  return do_run(p, a[0], a[1], a[2], a[3] == atoms::am_true);
}

Term re_inspect_2(Process* p, Term* a) {
  Spec spec;
  std::string bytes;
  bool unicode;
  if (!decode_pattern(a[0], &spec, &bytes, &unicode) || a[1] != atoms::am_namelist) return badarg(p);
  auto code = cached_code(bytes, spec);
  if (!code) return badarg(p);
  uint32_t count = 0, esize = 0, options = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code->code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code->code, PCRE2_INFO_NAMEENTRYSIZE, &esize);
  pcre2_pattern_info(code->code, PCRE2_INFO_NAMETABLE, &table);
  pcre2_pattern_info(code->code, PCRE2_INFO_ALLOPTIONS, &options);
  bool dupnames = (options & PCRE2_DUPNAMES) != 0;
  std::vector<Term> names;
  const char* last = nullptr;
  for (uint32_t i = 0; i < count; i++, table += esize) {
    const char* name = reinterpret_cast<const char*>(table + 2);
    if (!last || !dupnames || std::strcmp(last, name) != 0) {
      names.push_back(make_binary(*p, reinterpret_cast<const uint8_t*>(name), std::strlen(name)));
    }
    last = name;
  }
  return make_tuple2(p, atoms::am_namelist, make_list_from(p, names.data(), names.size()));
}

}  // namespace openbeam::bifs
