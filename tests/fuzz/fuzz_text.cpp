// libFuzzer harness for the text BIFs: unicode:characters_to_binary/2,
// characters_to_list/2, binary:match/matches/split, re:compile/2 + re:run/3.
//
// The first input byte chooses option bits, the rest is the data: given as
// a binary, and cut into a list of pieces (binaries and integers) for the
// unicode BIFs; split in two (pattern, subject) for binary and re. Every
// call must return a term or raise badarg; nothing may crash or hang.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/export_table.hpp"
#include "vm/process.hpp"

using namespace openbeam;
using vm::Term;

namespace {

Term bin(vm::Process& p, const uint8_t* d, size_t n) { return vm::make_binary(p, d, n); }

// Pieces: runs of bytes become binaries or integer elements, nested.
Term pieces(vm::Process& p, const uint8_t* d, size_t n, uint8_t mode) {
  std::vector<Term> items;
  size_t i = 0;
  while (i < n) {
    size_t k = 1 + (d[i] % 3);
    if (k > n - i) k = n - i;
    if ((d[i] + mode) & 1) {
      items.push_back(bin(p, d + i, k));
    } else {
      for (size_t j = 0; j < k; j++) items.push_back(vm::make_small(d[i + j] * (mode & 0x10 ? 257 : 1)));
    }
    i += k;
  }
  Term l = bifs::make_list_from(&p, items.data(), items.size());
  if (mode & 0x20) l = bifs::make_list_from_cons(&p, l, bifs::make_list_from_cons(&p, vm::make_nil(), vm::make_nil()));
  return l;
}

// x registers for bif_trap (a BIF that works in slices leaves the next
// call's arguments there).
Term g_x[16];

// Calls a BIF and, as the interpreter would, every native continuation it
// traps to (binary:matches/split and characters_to_list on long inputs work
// in slices). A trap to Erlang code (e.g. unicode:characters_to_binary_int
// for a non-native encoding) ends the call.
void call(vm::Process& p, Term (*f)(vm::Process*, Term*), std::vector<Term> args) {
  Term r = f(&p, args.data());
  while (r == vm::kTrap && p.trap_to && p.trap_to->bif) {
    const vm::ExportEntry* e = p.trap_to;
    p.trap_to = nullptr;
    args.assign(g_x, g_x + e->arity);
    r = e->bif(&p, args.data());
  }
  p.trap_to = nullptr;
  p.exc_reason = vm::kNonValue;
  p.raise.clear();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t mode = data[0];
  const uint8_t* d = data + 1;
  size_t n = size - 1;
  vm::Process p;
  p.x = g_x;
  Term enc = (mode & 1) ? vm::atoms::am_latin1 : vm::atoms::am_utf8;
  Term whole = bin(p, d, n);
  Term parts = pieces(p, d, n, mode);
  call(p, bifs::unicode_characters_to_binary_2, {whole, enc});
  call(p, bifs::unicode_characters_to_list_2, {whole, enc});
  call(p, bifs::unicode_characters_to_binary_2, {parts, enc});
  call(p, bifs::unicode_characters_to_list_2, {parts, enc});
  if ((mode & 0x08) && n > 0) {
    // Past kListSliceBytes (32 KiB) characters_to_list of a valid UTF-8
    // binary converts in slices from the end, each cut at a character
    // boundary: the input repeated to a little over 32 KiB.
    std::vector<uint8_t> big;
    while (big.size() < 33000) big.insert(big.end(), d, d + n);
    call(p, bifs::unicode_characters_to_list_2, {bin(p, big.data(), big.size()), vm::atoms::am_utf8});
  }

  size_t cut = n ? (mode % (n + 1)) : 0;
  Term pat = bin(p, d, cut), subject = bin(p, d + cut, n - cut);
  std::vector<Term> many;
  for (size_t i = 0; i < cut; i += 2) many.push_back(bin(p, d + i, cut - i < 2 ? cut - i : 2));
  Term pats = bifs::make_list_from(&p, many.data(), many.size());
  call(p, bifs::binary_matches_2, {subject, pat});
  call(p, bifs::binary_matches_2, {subject, pats});
  call(p, bifs::binary_match_2, {subject, pats});
  call(p, bifs::binary_split_2, {subject, pats});

  Term opts = vm::make_nil();
  if (mode & 0x40) opts = bifs::make_list_from_cons(&p, vm::atoms::am_caseless, opts);
  if (mode & 0x80) opts = bifs::make_list_from_cons(&p, vm::atoms::am_unicode, opts);
  Term compiled = bifs::re_compile_2(&p, std::vector<Term>{pat, opts}.data());
  if (compiled != vm::kNonValue && vm::is_tuple(compiled) && vm::tuple_element(compiled, 1) == vm::atoms::am_ok) {
    Term re = vm::tuple_element(compiled, 2);
    Term ropts = bifs::make_list_from_cons(&p, vm::atoms::am_report_errors, vm::make_nil());
    call(p, bifs::re_run_3, {subject, re, ropts});
    call(p, bifs::re_inspect_2, {re, vm::atoms::am_namelist});
  }
  p.exc_reason = vm::kNonValue;
  p.raise.clear();
  return 0;
}
