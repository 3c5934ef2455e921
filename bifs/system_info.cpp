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
#include "vm/atom_table.hpp"
#include "vm/process_table.hpp"

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
  if (k == "kernel_poll" || k == "debug_compiled") return atoms::am_false;
  if (k == "nif_version") return make_char_list_utf8(p, "2.16");
  if (k == "driver_version") return make_char_list_utf8(p, "3.3");
  if (k == "creation") return make_small(0);
  if (k == "emu_type" || k == "build_type") return atom("opt");
  if (k == "emu_flavor") return atom("emu");
  if (k == "hipe_architecture") return atoms::am_undefined;
  return badarg(p);
}

}  // namespace openbeam::bifs
