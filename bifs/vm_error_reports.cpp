// The VM's own error reports in a booted system, sent like ERTS sends them:
// {log, error, Format, Args, Meta} to the system logger (system_flag
// system_logger, the registered `logger` process by default). With no
// logger to take it, the report goes to stderr in ERTS's "(no logger
// present)" form.
#include <chrono>

#include "bifs/bifs.hpp"
#include "bifs/system_flags.hpp"
#include "vm/atom_table.hpp"
#include "vm/literal_arena.hpp"
#include "vm/map_ops.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"
#include "vm/term_build.hpp"
#include "vm/term_write.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

void report_to_logger(Process* p, Term reason) {
  TermArena a;
  Term format = build_char_list(a, "Error in process ~p with exit value:~n~p~n");
  Term args = build_cons(a, p->pid, build_cons(a, reason, make_nil()));
  Term el = map_from_pairs(a, {{atom("emulator"), atoms::am_true}, {atom("tag"), atoms::am_error}});
  MapPairs meta = {{atom("error_logger"), el}, {atom("pid"), p->pid}, {atom("time"), make_small(std::chrono::duration_cast<std::chrono::microseconds>(
                                                 std::chrono::system_clock::now().time_since_epoch())
                                                 .count())}};
  if (p->group_leader != kNonValue) meta.push_back({atom("gl"), p->group_leader});
  Term msg = build_tuple(a, {atom("log"), atoms::am_error, format, args, map_from_pairs(a, meta)});
  Term logger = system_logger();
  if (logger == atoms::am_undefined) return;
  Term pid = is_atom(logger) ? whereis_name(logger) : logger;
  Process* to = pid == kNonValue ? nullptr : lookup_process(pid);
  if (to && to->state != ProcState::kExiting) {
    send_message(to, msg);
    return;
  }
  std::string text = "(no logger present) unexpected logger message: " + write_term(msg) + "\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace

void install_boot_error_reports() { process_error_reporter() = report_to_logger; }

}  // namespace openbeam::bifs
