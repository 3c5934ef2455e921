// Exceptions: raising, stack traces, finding catch handlers.
//
// A raised exception lives in the process (exc_class, exc_reason,
// exc_stacktrace). The stack trace is kept "raw" as {Class, Frames} until
// `build_stacktrace` hands the frames to Erlang code; Frames is the list of
// {M, F, ArityOrArgs, Location} that erlang:get_stacktrace/0 would give,
// at most kBacktraceDepth deep (erlang:system_flag(backtrace_depth) = 8).
#pragma once

#include "vm/code.hpp"
#include "vm/process.hpp"

namespace openbeam::vm {

constexpr unsigned kBacktraceDepth = 8;

// [items[0], ..., items[n-1]]
Term make_list_of(Process* p, const Term* items, size_t n);
Term make_tuple2(Process* p, Term a, Term b);
Term make_tuple3(Process* p, Term a, Term b, Term c);
Term make_tuple4(Process* p, Term a, Term b, Term c, Term d);
Term exception_class_atom(ExcClass c);
// Sets the class from an atom error/exit/throw; false for anything else.
bool set_exception_class(Process* p, Term cls);

// Records that the exception was raised by calling export `e` with
// arguments x[0..arity): the top frame becomes {M, F, Args, []}.
void capture_bif_args(Process* p, const ExportEntry* e, const Term* x);
// Builds p->exc_stacktrace (raw) from the machine state at the error.
void build_stacktrace_from(Process* p, const Word* pc, const Word* cp, const Word* E,
                           bool at_func_info);
// The frames list of a raw trace (built now if it was recorded lazily).
Term raw_trace_list(Process* p, Term raw);
// Re-raises `value` with the class and frames of a raw trace.
void raise_from_raw_trace(Process* p, Term raw, Term value);
// erlang:raise/3: class, reason, user-supplied stack trace list.
Term raise_with_trace(Process* p, Term cls, Term reason, Term trace);

// Unwinds the stack to the nearest catch: sets p->stop to the catching
// frame and returns the handler address, or nullptr if there is none.
const Word* find_catch(Process* p);
// Catch markers: immediates that index a table of handler addresses.
Term register_catch(const Word* handler);
// The handler address of catch marker `c`.
const Word* catch_target(Term c);

}  // namespace openbeam::vm
