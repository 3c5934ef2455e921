// Match specifications: the compiler (validation + analysis) and the runner
// used by ETS (match, select, ...) and erlang:match_spec_test/3; tracing
// will reuse them.
//
//   MatchSpec = [{Head, Guards, Body}]
//   Head      pattern: '$N' variables, '_', anything else matched exactly
//   Guards    [Expr]: every one must evaluate to true
//   Body      [Expr]: the value of the last one is the clause's result
//   Expr      '$N' (bound in the head) | '$_' | '$$' | constant
//             | {const, T} | {{E, ...}} (tuple) | [E, ...] | #{E => E}
//             | {Fun, E, ...} with Fun a guard function (ERTS's list)
//             | {'and'|'or'|'andalso'|'orelse', E, ...} | {self}
//
// A malformed spec fails to compile (callers raise badarg). At run time a
// guard that raises counts as false; a body that raises gives 'EXIT' as the
// result (ETS semantics).
//
// The compiled spec owns a copy of the spec (so it may outlive the caller's
// heap); results are always copied onto the caller's heap.
#pragma once

#include <memory>
#include <tuple>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/literal_arena.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {
struct ExportEntry;
}

namespace openbeam::ets {

using vm::Process;
using vm::Term;

// '_' or '$<digits>'.
bool is_match_var(Term t);
// Whether `t` contains no match variable.
bool is_ground_pattern(Term t);

enum class MsKind { kTable, kTrace };

struct MsClause {
  Term head, guards, body;  // in the spec's arena
  bool returns_object;      // body is ['$_']
  std::vector<int> vars;    // binding slots of the head's '$N', by N ('$$')
};

class MatchSpec {
 public:
  // nullptr when `spec` is not a valid match specification of that kind.
  // `error` (optional) receives erlang:match_spec_test/3's message.
  // An empty spec is malformed unless `allow_empty` (the table BIFs take
  // [] and match nothing).
  static std::unique_ptr<MatchSpec> compile(Term spec, MsKind kind = MsKind::kTable,
                                            std::string* error = nullptr, bool allow_empty = false);
  // erlang:match_spec_test/3's trace result: {message, X} bodies give X,
  // {return_trace}/{exception_trace} give flags; otherwise true.
  bool run_trace(Process* p, Term args, Term* result, std::vector<Term>* flags);

  // Runs the clauses on `object` (a term anywhere: table, heap): true with
  // the clause's result built on p's heap, false when no clause matches.
  bool run(Process* p, Term object, Term* result);
  // Like run, but only tells whether the result would be `true`
  // (select_count, select_delete) without building anything.
  bool run_is_true(Process* p, Term object);

  const std::vector<MsClause>& clauses() const { return clauses_; }
  // select_replace's rule (as ERTS): every clause's body is ['$_'] or one
  // tuple construction whose key element is written exactly like the
  // head's key (or is {element, KeyPos, '$_'}).
  bool keeps_key(unsigned keypos) const;
  Term source() const { return source_; }
  // The key pattern of every clause at tuple position `keypos` (kNonValue
  // for a clause whose head does not constrain the key).
  std::vector<Term> key_patterns(unsigned keypos) const;

 private:
  MatchSpec() = default;
  bool match(Term pat, Term obj);
  // Evaluates an expression; false when it raised.
  bool eval(Process* p, Term expr, Term object, Term* out);
  // erlang:F/Arity for a guard or body call, looked up once per spec.
  const vm::ExportEntry* guard_bif(Term f, uint32_t arity);
  std::vector<std::tuple<Term, uint32_t, const vm::ExportEntry*>> bifs_;
  bool eval_guards(Process* p, Term guards, Term object);
  bool eval_body(Process* p, Term body, Term object, Term* out);
  int var_slot(Term var) const;
  Term all_bindings(Process* p, const MsClause& c);
  const MsClause* current_ = nullptr;

  vm::TermArena arena_;
  Term source_;
  std::vector<MsClause> clauses_;
  // atom index of '$N' -> binding slot (specs have few variables: a flat
  // list is cheaper to build for every select call than a hash map)
  std::vector<std::pair<uint32_t, int>> slots_;
  std::vector<Term> bind_;                   // current bindings (kNonValue: unbound)
};

}  // namespace openbeam::ets
