// erlang:system_info/1: facts about this emulator, in erl's shapes. Values
// describe OpenBEAM itself (one scheduler thread, no JIT); the version
// items name the ERTS/OTP interface it implements, since stock code checks
// them.
#include <sys/utsname.h>

#include <cctype>
#include <string>
#include <thread>

#include "bifs/bifs.hpp"
#include "bifs/system_flags.hpp"
#include "bifs/ets/ets_table.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"
#include "vm/term_build.hpp"
#include "vm/timers.hpp"

namespace openbeam::bifs {

std::string system_version_text() {
  return "Erlang/OTP 25 [erts-13.1.5] [openbeam] [64-bit] [smp:1:1] [ds:0:0:0] [async-threads:0]";
}

using namespace vm;

namespace {
Term os_type(Process* p) {
  struct utsname u;
  std::string name = uname(&u) == 0 ? u.sysname : "unknown";
  for (auto& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
  return make_tuple2(p, atom("unix"), atom(name));
}
Term int64_term(Process* p, int64_t v) {
  size_t used = 0;
  return integer_from_int64(p->alloc(bignum_words(1)), v, &used);
}

// The process defaults and time facts stock code (observer, test suites)
// asks for; kNonValue for other items.
Term runtime_item(Process* p, std::string_view k) {
  const ProcessSettings& d = process_defaults();
  if (k == "fullsweep_after") return build_tuple(*p, {atom("fullsweep_after"), make_small(d.fullsweep_after)});
  if (k == "min_heap_size") return build_tuple(*p, {atom("min_heap_size"), make_small(int64_t(d.min_heap_size))});
  if (k == "min_bin_vheap_size") {
    return build_tuple(*p, {atom("min_bin_vheap_size"), make_small(int64_t(d.min_bin_vheap_size))});
  }
  if (k == "max_heap_size") return max_heap_map(p, d);
  if (k == "message_queue_data") return atom(d.off_heap_messages ? "off_heap" : "on_heap");
  // erlang:monotonic_time/0 starts at kErlangMonotonicStart and may run
  // until the largest whole second of a signed 64-bit nanosecond count.
  if (k == "start_time") return int64_term(p, kErlangMonotonicStart);
  if (k == "end_time") return int64_term(p, (INT64_MAX / 1000000000) * 1000000000 + kErlangMonotonicStart - 1000000000);
  if (k == "os_monotonic_time_source") {
    Term items[] = {build_tuple(*p, {atom("function"), atom("clock_gettime")}),
                    build_tuple(*p, {atom("clock_id"), atom("CLOCK_MONOTONIC")}),
                    build_tuple(*p, {atom("resolution"), make_small(1000000000)}),
                    build_tuple(*p, {atom("extended"), atom("no")}),
                    build_tuple(*p, {atom("parallel"), atom("yes")}),
                    build_tuple(*p, {atom("time"), int64_term(p, monotonic_ns())})};
    return build_list(*p, items, 6);
  }
  if (k == "time_correction") return atoms::am_true;
  if (k == "time_warp_mode") return atom("no_time_warp");
  if (k == "modified_timing_level") return atoms::am_undefined;
  return kNonValue;
}

unsigned logical_processors() {
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}
}  // namespace

Term erl_system_info(Process* p, Term* a) {
  Term t = a[0];
  if (is_tuple(t) && tuple_arity(t) == 2 && tuple_element(t, 1) == atom("wordsize")) {
    Term k = tuple_element(t, 2);
    if (k == atom("internal") || k == atom("external")) return make_small(8);
    return badarg(p);
  }
  if (!is_atom(t)) return badarg(p);
  std::string_view k = atom_text(t);
  if (k == "os_type") return os_type(p);
  if (k == "otp_release") return make_char_list_utf8(p, "25");
  if (k == "version") return make_char_list_utf8(p, "13.1.5");
  if (k == "wordsize") return make_small(8);
  if (k == "machine") return make_char_list_utf8(p, "BEAM");
  if (k == "outstanding_system_requests_limit") return make_small(outstanding_system_requests_limit());
  if (k == "system_version") {
    return make_char_list_utf8(p, system_version_text() + "\n");
  }
  if (k == "schedulers" || k == "schedulers_online") return make_small(1);
  if (k == "dirty_cpu_schedulers" || k == "dirty_cpu_schedulers_online" || k == "dirty_io_schedulers" ||
      k == "thread_pool_size") {
    return make_small(0);
  }
  if (k == "logical_processors" || k == "logical_processors_available" || k == "logical_processors_online") {
    return make_small(logical_processors());
  }
  if (k == "process_count") return make_small(int64_t(process_count()));
  if (k == "process_limit") return make_small(int64_t(max_processes()));
  if (k == "system_architecture") return make_char_list_utf8(p, "x86_64-pc-linux-gnu");
  if (k == "smp_support" || k == "threads") return atoms::am_true;
  if (k == "kernel_poll") return atoms::am_true;  // sockets wait in epoll (vm/io_poller.cpp)
  if (k == "debug_compiled") return atoms::am_false;
  if (k == "nif_version") return make_char_list_utf8(p, "2.16");
  if (k == "driver_version") return make_char_list_utf8(p, "3.3");
  if (k == "creation") return make_small(0);
  if (k == "emu_type" || k == "build_type") return atom("opt");
  if (k == "emu_flavor") return atom("emu");
  if (k == "hipe_architecture") return atoms::am_undefined;
  if (k == "atom_count") return make_small(int64_t(atom_count()));
  if (k == "atom_limit") return make_small(int64_t(kMaxAtoms));
  if (k == "ets_count") return make_small(int64_t(ets::all_tables().size()));
  if (k == "ets_limit") return make_small(8192);  // informational in ERTS too: tables are not capped
  if (k == "port_count") return make_small(int64_t(all_ports().size()));
  if (k == "heap_type") return atom("private");
  if (k == "compat_rel") return make_small(25);
  if (k == "lock_checking" || k == "port_parallelism") return atoms::am_false;
  if (k == "dist_buf_busy_limit") return make_small(1048576);
  if (k == "delayed_node_table_gc") return make_small(60);
  if (k == "scheduler_bind_type") return atom("unbound");
  if (k == "cpu_topology") return atoms::am_undefined;  // not detected
  if (k == "trace_control_word") return make_small(0);
  if (k == "sequential_tracer") return build_tuple(*p, {atom("sequential_tracer"), atoms::am_false});
  if (k == "system_logger") return system_logger();
  if (k == "c_compiler_used") {
    return build_tuple(*p, {atom("gnuc"), build_tuple(*p, {make_small(__GNUC__), make_small(__GNUC_MINOR__),
                                                            make_small(__GNUC_PATCHLEVEL__)})});
  }
  if (Term v = runtime_item(p, k); v != kNonValue) return v;
  return badarg(p);
}

}  // namespace openbeam::bifs
