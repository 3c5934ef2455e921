#include "vm/export_table.hpp"

#include <deque>
#include <map>
#include <mutex>
#include <tuple>

namespace openbeam::vm {

namespace {
std::mutex mu;
std::deque<ExportEntry> entries;  // stable addresses
std::map<std::tuple<Word, Word, uint32_t>, ExportEntry*> index;
}  // namespace

ExportEntry* export_entry(Term module, Term function, uint32_t arity) {
  std::lock_guard<std::mutex> lock(mu);
  auto key = std::make_tuple(module.raw(), function.raw(), arity);
  auto it = index.find(key);
  if (it != index.end()) return it->second;
  entries.push_back(ExportEntry{module, function, arity});
  ExportEntry* e = &entries.back();
  index.emplace(key, e);
  return e;
}

ExportEntry* find_export(Term module, Term function, uint32_t arity) {
  std::lock_guard<std::mutex> lock(mu);
  auto it = index.find(std::make_tuple(module.raw(), function.raw(), arity));
  return it == index.end() ? nullptr : it->second;
}

std::vector<ExportEntry*> module_exports(Term module) {
  std::lock_guard<std::mutex> lock(mu);
  std::vector<ExportEntry*> out;
  for (auto& e : entries) {
    if (e.module == module) out.push_back(&e);
  }
  return out;
}

}  // namespace openbeam::vm
