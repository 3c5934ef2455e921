// Loaded code: modules, threaded instructions, funs, the module table.
//
// Threaded code is an array of words per module. Each instruction starts
// with the address of its handler in the interpreter (labels-as-values),
// followed by its operands, decoded once by the loader (vm/instrs.def
// documents each instruction's operands).
//
// Register operands use the one tag a term value never has (00):
//
//   x register n:  n << 3 | 0b000        y register n:  n << 3 | 0b100
//
// so a source operand is either a ready term (tag 01/10/11: immediates,
// literals) or a register reference, told apart by its two low bits.
//
// Invariant: code never changes once a module is published; reloading
// creates a new Module and re-points export entries.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vm/export_table.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

enum class Instr : uint16_t {
#define INSTR(name, words) name,
#include "vm/instrs.def"
#undef INSTR
  kCount
};

constexpr Word xreg_operand(unsigned n) { return Word(n) << 3; }
constexpr Word yreg_operand(unsigned n) { return (Word(n) << 3) | 4; }
constexpr bool operand_is_reg(Word w) { return (w & 3) == 0; }
constexpr bool operand_is_yreg(Word w) { return (w & 7) == 4; }
constexpr unsigned operand_reg(Word w) { return unsigned(w >> 3); }

// The interpreter's handler address of each specific instruction.
const void* instr_handler(Instr op);
// The instruction whose handler is at `addr` (for debugging dumps).
std::optional<Instr> instr_of_handler(const void* addr);

struct Module;

// One fun (lambda) of a module: `fun` expressions create closures on it.
// A fun decoded from the external format whose code is not loaded points at
// a stub entry (vm/fun_table.hpp): module and address null, function nil.
struct FunEntry {
  Module* module;
  Term module_name;
  Term function;       // the lambda's function name ('-f/1-fun-0-')
  uint32_t arity;      // arity of the code, free variables included
  uint32_t num_free;
  uint32_t index, old_index;
  int32_t old_uniq;
  uint8_t uniq[16];    // the module's MD5 (NEW_FUN_EXT's Uniq)
  const Word* address;
};

// Binary match context: [hdr(MatchState, 3)] [orig] [bit pos] [bit end]
// (orig is a heap or refc binary; positions are raw words, not terms).
constexpr Word kMatchStateWords = 4;
inline bool is_match_state(Term t) { return is_boxed_of(t, Subtag::kMatchState); }

// Bit syntax segment types of bs_create_bin (operand `type`).
enum class BsSegment : uint8_t { kInteger, kFloat, kBinary, kString, kUtf8, kUtf16, kUtf32, kAppend };

// Closure: [hdr(Fun, 2 + num_free)] [FunEntry*] [creator pid] [free variables...]
// (the creator is a term: NEW_FUN_EXT and fun_info(F, pid) show it).
constexpr Word kClosureFixedWords = 3;
inline bool is_closure(Term t) { return is_boxed_of(t, Subtag::kFun); }
inline const FunEntry* closure_entry(Term t) {
  return reinterpret_cast<const FunEntry*>(boxed_ptr(t)[1]);
}
inline Term closure_creator(Term t) { return Term(boxed_ptr(t)[2]); }
inline uint32_t closure_num_free(Term t) {
  return uint32_t(header_arity(boxed_ptr(t)[0]) - (kClosureFixedWords - 1));
}
// The free variables, closure_num_free(t) of them.
inline const Term* closure_env(Term t) {
  return reinterpret_cast<const Term*>(boxed_ptr(t) + kClosureFixedWords);
}
inline bool is_fun(Term t) { return is_closure(t) || is_export_fun(t); }
// The arity a fun is called with.
inline uint32_t fun_arity(Term t) {
  if (is_export_fun(t)) return export_fun_entry(t)->arity;
  const FunEntry* fe = closure_entry(t);
  return fe->arity - fe->num_free;
}

struct FunctionInfo {
  Term name;
  uint32_t arity;
  size_t func_info;  // code index of the func_info instruction
  size_t end;        // code index just past the function
};

struct LineEntry {
  size_t code;       // code index of the first instruction after `line`
  uint32_t file;     // index into Module::files
  uint32_t line;     // 0 = no location
};

struct Module {
  Term name;
  std::vector<Word> code;
  std::unique_ptr<TermArena> literals;
  std::vector<FunctionInfo> functions;  // in code order
  std::vector<LineEntry> lines;         // in code order
  std::vector<std::string> files;       // files[0] is "<module>.erl"
  std::vector<uint8_t> strings;         // StrT (bs_match_string, string segments)
  std::vector<std::unique_ptr<FunEntry>> funs;
  struct Exported {
    Term function;
    uint32_t arity;
    const Word* address;
  };
  std::vector<Exported> exports;
  const Word* on_load = nullptr;
  Term attributes = make_nil();
  Term compile_info = make_nil();
  Term md5 = Term(0);  // binary literal of the module's MD5, or kNonValue (0)
  bool preloaded = false;

  bool contains(const Word* pc) const {
    return !code.empty() && pc >= code.data() && pc < code.data() + code.size();
  }
  const FunctionInfo* function_at(const Word* pc) const;
  const LineEntry* line_at(const Word* pc) const;
};

// ---- the module table (vm/module_table.cpp) -----------------------------
// Each module has up to three versions, like ERTS: current code (what
// export entries point at), old code (the previous current, still run by
// processes that were in it; dropped by a purge) and code waiting for its
// on_load function. Code memory is never freed: funs and return addresses
// into purged code stay valid (a purge kills the processes in it first).

// Parses and emits a .beam image as module `expected` (nil = the file's
// name) without making it visible. Null with *error set on failure.
// `preloaded`: a module of erl's preloaded set (erts's ebin: erlang, init,
// prim_file, ...). erl runs built-in copies of those without line
// information, so their stack frames carry no location; so do ours.
std::unique_ptr<Module> prepare_module(const uint8_t* data, size_t size, Term expected, std::string* error,
                                       bool preloaded = false);
// Installs a prepared module. Without an on_load function it becomes the
// current code (the previous current code becomes old code: callers check
// has_old_code first) and its exports become callable; with one it waits
// until finish_on_load and install_module returns false (with_on_load
// false: installed as current anyway, the on_load function is not run).
bool install_module(std::unique_ptr<Module> m, bool with_on_load = true);
// prepare_module + install_module without on_load (bare-mode autoloading,
// preloading).
bool load_module(const uint8_t* data, size_t size, Term expected, std::string* error,
                 bool preloaded = false);
Module* find_module(Term name);      // current code
Module* old_module(Term name);       // old code, or null
Module* on_load_module(Term name);   // code waiting for its on_load function
bool has_old_code(Term name);
// erlang:delete_module/1: current code becomes old code; exports become
// undefined. False when there is no current code.
bool delete_module(Term name);
// erlang:finish_after_on_load/2: keep = the on_load code becomes current
// (the previous current becomes old); else it stays to be purged. False when
// nothing waits.
bool finish_on_load(Term name, bool keep);
// erts_internal:purge_module/2. prepare: whether there is old code to
// purge; with `on_load`, the failed on_load code is made the old code first.
// complete drops the old code.
bool purge_prepare(Term name, bool on_load);
void purge_complete(Term name);
// Whether `pc` lies in the old code of `module`.
bool in_old_code(Term module, const Word* pc);
// Modules with current code (erlang:loaded/0), and the preloaded ones.
std::vector<Term> loaded_modules();
std::vector<Term> preloaded_modules();
// The module whose code (current, old or any earlier version) contains pc.
Module* module_of(const Word* pc);
// Bare mode: calls to modules that are not loaded load them from these
// directories (-pa dirs, then OTP). Empty when booted: the error handler
// (error_handler:undefined_function/3) does it through the code server.
std::vector<std::string>& code_path();
// Loads `name` from the code path. Returns false if no file was found or
// the file did not load.
bool autoload_module(Term name);
// The code of a fun decoded from the external format whose entry is a stub
// (vm/fun_table.hpp): loads its module if needed. nullptr if the module has
// no such fun (*badfun = true: it is loaded) or cannot be loaded.
const Word* load_unloaded_fun(const FunEntry* fe, bool* badfun);

// ---- built-in NIF libraries ---------------------------------------------
// NIFs of preloaded modules (prim_file, ...) are part of the VM, like ERTS's
// statically linked NIF libraries. Registered once at start-up; whenever a
// module with such a library is loaded, the body of each NIF's Erlang stub
// (`erlang:nif_error(undef)`) is replaced by a call to the native function
// before the module is published, so local and external calls both reach it.
// Bare mode has no boot to run the module's on_load, hence at load time.
void register_builtin_nif(Term module, Term function, uint32_t arity, BifFn fn);

}  // namespace openbeam::vm
