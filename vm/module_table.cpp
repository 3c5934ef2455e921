// The module table: current, old and on_load-pending code of each module,
// and bare mode's autoloading. See vm/code.hpp.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>

#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/fun_table.hpp"

namespace openbeam::vm {

namespace {

struct Versions {
  Module* current = nullptr;
  Module* old = nullptr;
  Module* on_load = nullptr;
};

struct ModuleTable {
  std::recursive_mutex mu;
  std::map<Word, Versions> modules;            // by module name
  std::vector<Term> load_order;                // first-load order (erlang:loaded/0)
  std::vector<std::unique_ptr<Module>> all;    // every version ever installed
  std::map<const Word*, Module*> by_start;     // code start -> module
};

ModuleTable& table() {
  static ModuleTable t;
  return t;
}

// Points the export entries of m's module at m's exports; the module's
// other Erlang functions become undefined (native ones keep their code).
void point_exports(Module* m) {
  for (ExportEntry* ee : module_exports(m->name)) {
    if (ee->bif || ee->address == ee->stub || ee->erts_native) continue;
    ee->address = nullptr;
  }
  for (const Module::Exported& e : m->exports) {
    ExportEntry* ee = export_entry(m->name, e.function, e.arity);
    if (ee->bif || ee->address == ee->stub || ee->erts_native) continue;
    ee->address = e.address;
  }
}

void clear_exports(Term name) {
  for (ExportEntry* ee : module_exports(name)) {
    if (ee->bif || ee->address == ee->stub || ee->erts_native) continue;
    ee->address = nullptr;
  }
}

}  // namespace

bool install_module(std::unique_ptr<Module> m, bool with_on_load) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  Module* raw = m.get();
  t.all.push_back(std::move(m));
  if (!raw->code.empty()) t.by_start[raw->code.data()] = raw;
  for (const auto& fe : raw->funs) fun_table_register(fe.get());
  auto [it, fresh] = t.modules.try_emplace(raw->name.raw());
  if (fresh) t.load_order.push_back(raw->name);
  Versions& v = it->second;
  if (raw->on_load && with_on_load) {
    v.on_load = raw;
    return false;
  }
  if (v.current) v.old = v.current;
  v.current = raw;
  point_exports(raw);
  return true;
}

bool load_module(const uint8_t* data, size_t size, Term expected, std::string* error, bool preloaded) {
  auto m = prepare_module(data, size, expected, error, preloaded);
  if (!m) return false;
  install_module(std::move(m), false);
  return true;
}

Module* find_module(Term name) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  return it == t.modules.end() ? nullptr : it->second.current;
}

Module* old_module(Term name) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  return it == t.modules.end() ? nullptr : it->second.old;
}

Module* on_load_module(Term name) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  return it == t.modules.end() ? nullptr : it->second.on_load;
}

bool has_old_code(Term name) { return old_module(name) != nullptr; }

bool delete_module(Term name) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  if (it == t.modules.end() || !it->second.current) return false;
  it->second.old = it->second.current;
  it->second.current = nullptr;
  clear_exports(name);
  return true;
}

bool finish_on_load(Term name, bool keep) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  if (it == t.modules.end() || !it->second.on_load) return false;
  if (!keep) return true;  // stays until purge_prepare(name, true)
  Versions& v = it->second;
  if (v.current) v.old = v.current;
  v.current = v.on_load;
  v.on_load = nullptr;
  point_exports(v.current);
  return true;
}

bool purge_prepare(Term name, bool on_load) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  if (it == t.modules.end()) return false;
  Versions& v = it->second;
  if (on_load && v.on_load) {
    v.old = v.on_load;
    v.on_load = nullptr;
  }
  return v.old != nullptr;
}

void purge_complete(Term name) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.modules.find(name.raw());
  if (it != t.modules.end()) it->second.old = nullptr;
}

bool in_old_code(Term module, const Word* pc) {
  Module* m = old_module(module);
  return m && m->contains(pc);
}

std::vector<Term> loaded_modules() {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  std::vector<Term> out;
  for (Term name : t.load_order) {
    const Versions& v = t.modules[name.raw()];
    if (v.current || v.old) out.push_back(name);
  }
  return out;
}

std::vector<Term> preloaded_modules() {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  std::vector<Term> out;
  for (Term name : t.load_order) {
    const Versions& v = t.modules[name.raw()];
    if (v.current && v.current->preloaded) out.push_back(name);
  }
  return out;
}

Module* module_of(const Word* pc) {
  ModuleTable& t = table();
  std::lock_guard<std::recursive_mutex> lock(t.mu);
  auto it = t.by_start.upper_bound(pc);
  if (it == t.by_start.begin()) return nullptr;
  --it;
  return it->second->contains(pc) ? it->second : nullptr;
}

std::vector<std::string>& code_path() {
  static std::vector<std::string> path;
  return path;
}

const Word* load_unloaded_fun(const FunEntry* fe, bool* badfun) {
  autoload_module(fe->module_name);
  if (const FunEntry* loaded = fun_table_loaded(fe)) return loaded->address;
  *badfun = find_module(fe->module_name) != nullptr;
  return nullptr;
}

bool autoload_module(Term name) {
  if (find_module(name)) return true;
  std::string file = std::string(atom_text(name)) + ".beam";
  for (const std::string& dir : code_path()) {
    std::ifstream in(dir + "/" + file, std::ios::binary);
    if (!in) continue;
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string err;
    // erts-VSN/ebin holds exactly erl's preloaded modules.
    std::string parent = dir;
    while (!parent.empty() && parent.back() == '/') parent.pop_back();
    bool preloaded = false;
    if (parent.size() >= 5 && parent.compare(parent.size() - 5, 5, "/ebin") == 0) {
      std::string app = parent.substr(0, parent.size() - 5);
      app = app.substr(app.rfind('/') + 1);
      preloaded = app.rfind("erts-", 0) == 0;
    }
    if (load_module(bytes.data(), bytes.size(), name, &err, preloaded)) return true;
    // Like erl's code server: say why, then the call raises undef.
    std::fprintf(stderr, "openbeam: loading of %s/%s failed: %s\n", dir.c_str(), file.c_str(), err.c_str());
    return false;
  }
  return false;
}

}  // namespace openbeam::vm
