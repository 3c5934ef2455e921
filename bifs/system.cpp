// Exceptions, erlang:display/1, halt/2, module information.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <ctime>

#include "bifs/bifs.hpp"
#include "vm/utf8.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/term_display.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_error_1(Process* p, Term* a) { return raise_error(p, a[0]); }

Term erl_error_2(Process* p, Term* a) {
  raise_error(p, a[0]);
  if (is_list(a[1]) || is_nil(a[1])) p->raise.caller_args = a[1];  // none (or any non-list): the arity
  return kNonValue;
}

Term erl_error_3(Process* p, Term* a) {
  raise_error(p, a[0]);
  if (is_list(a[1]) || is_nil(a[1])) p->raise.caller_args = a[1];
  // [{error_info, Map}] goes into the frame's location.
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 1) == atoms::am_error_info) {
      p->raise.error_info = tuple_element(o, 2);
    }
  }
  return kNonValue;
}

Term erl_throw(Process* p, Term* a) { return raise_throw(p, a[0]); }
Term erl_exit_1(Process* p, Term* a) { return raise_exit(p, a[0]); }
Term erl_raise(Process* p, Term* a) { return raise_with_trace(p, a[0], a[1], a[2]); }
Term erl_nif_error_1(Process* p, Term* a) { return raise_error(p, a[0]); }
Term erl_nif_error_2(Process* p, Term* a) {
  raise_error(p, a[0]);
  if (is_list(a[1]) || is_nil(a[1])) p->raise.caller_args = a[1];
  return kNonValue;
}

Term erl_self(Process* p, Term*) { return p->pid; }

// io:printable_range/0: the +pc setting; erl's default is latin1.
Term io_printable_range(Process*, Term*) { return atoms::am_latin1; }

Term erl_display(Process*, Term* a) {
  // ERTS writes display output with "\r\n" line ends (stdout is handled as
  // a terminal would be), also when stdout is a file or a pipe.
  std::string s = display_line(a[0]);
  std::fwrite(s.data(), 1, s.size(), stdout);
  return atoms::am_true;
}

// erlang:display_string/1: the characters, UTF-8 encoded, on stderr, with
// "\n" written as "\r\n" like erl's display output.
Term erl_display_string(Process* p, Term* a) {
  std::string out;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 0x10FFFF) return badarg(p);
    if (small_value(c) == '\n') out.push_back('\r');
    utf8_append(out, uint32_t(small_value(c)));
  }
  if (!is_nil(l)) return badarg(p);
  std::fwrite(out.data(), 1, out.size(), stderr);
  return atoms::am_true;
}

// erlang:halt(Slogan): the crash dump file (ERL_CRASH_DUMP, else
// erl_crash.dump) and erl's messages on stderr. The dump holds erl's
// header; the process, ETS and memory sections are not written yet.
static void write_crash_dump(const std::string& slogan) {
  std::fflush(stdout);
  const char* env = std::getenv("ERL_CRASH_DUMP");
  std::string file = env && *env ? env : "erl_crash.dump";
  std::string msg = slogan + "\r\n\r\nCrash dump is being written to: " + file + "...";
  std::fwrite(msg.data(), 1, msg.size(), stderr);
  std::fflush(stderr);
  if (FILE* f = std::fopen(file.c_str(), "w")) {
    std::time_t now = std::time(nullptr);
    char date[64];
    std::strftime(date, sizeof date, "%a %b %e %H:%M:%S %Y", std::localtime(&now));
    std::fprintf(f, "=erl_crash_dump:0.5\n%s\nSlogan: %s\nSystem version: %s\nTaints: \n", date,
                 slogan.c_str(), system_version_text().c_str());
    std::fclose(f);
  }
  std::fputs("done\r\n", stderr);
}

Term erl_halt_2(Process* p, Term* a) {
  Term status = a[0];
  int code;
  if (is_small(status) && small_value(status) >= 0) {
    code = int(small_value(status) & 0xFF);
  } else if (status == atoms::am_abort) {
    std::fflush(stdout);
    std::abort();
  } else if (is_nil(status) || is_list(status)) {
    // A string: erl writes a crash dump with that slogan and exits with 1.
    std::string slogan;
    if (!char_list_utf8(status, slogan)) return badarg(p);
    if (list_length(a[1]) < 0) return badarg(p);
    write_crash_dump(slogan);
    code = 1;
  } else {
    return badarg(p);
  }
  if (list_length(a[1]) < 0) return badarg(p);
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(code);
}

static Term module_exports_list(Process* p, Module* m) {
  Term l = make_nil();
  for (ExportEntry* e : module_exports(m->name)) {
    if (!e->address) continue;  // referenced, but not defined
    l = make_list_from_cons(p, make_tuple2(p, e->function, make_small(e->arity)), l);
  }
  return l;
}

static Term module_functions_list(Process* p, Module* m) {
  std::vector<Term> fs;
  for (const FunctionInfo& f : m->functions) fs.push_back(make_tuple2(p, f.name, make_small(f.arity)));
  return make_list_from(p, fs.data(), fs.size());
}

static Term module_info_item(Process* p, Module* m, Term what) {
  std::string_view w = is_atom(what) ? atom_text(what) : "";
  if (w == "module") return m->name;
  if (w == "exports") return module_exports_list(p, m);
  if (w == "functions") return module_functions_list(p, m);
  if (w == "attributes") return m->attributes;
  if (w == "compile") return m->compile_info;
  if (w == "nifs") return make_nil();
  if (w == "native") return atoms::am_false;
  if (w == "md5") return m->md5 == kNonValue ? atoms::am_undefined : m->md5;
  return kNonValue;
}

Term erl_get_module_info_1(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  Module* m = find_module(a[0]);
  if (!m) return badarg(p);
  static const char* kItems[] = {"module", "exports", "attributes", "compile", "md5"};
  Term items[5];
  for (int i = 0; i < 5; i++) {
    Term k = atom(kItems[i]);
    items[i] = make_tuple2(p, k, module_info_item(p, m, k));
  }
  return make_list_from(p, items, 5);
}

Term erl_get_module_info_2(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  Module* m = find_module(a[0]);
  if (!m) return badarg(p);
  Term r = module_info_item(p, m, a[1]);
  if (r == kNonValue) return badarg(p);
  return r;
}

}  // namespace openbeam::bifs
