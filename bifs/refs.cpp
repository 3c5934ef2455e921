// References and unique integers: make_ref/0, ref_to_list/1, list_to_ref/1,
// unique_integer/0,1.
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/integer_arith.hpp"
#include "vm/resource.hpp"
#include "vm/term_display.hpp"
#include "vm/unique.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_make_ref(Process* p, Term*) { return make_ref(*p); }

Term erl_ref_to_list(Process* p, Term* a) {
  if (!is_local_ref(a[0])) return badarg(p);
  // Like term_to_binary: list_to_ref/1 of the text gives the resource back.
  if (is_magic_ref(a[0])) save_resource(a[0]);
  RefNumbers r = local_ref_numbers(a[0]);
  std::string s;
  display_ref(s, 0, r.n, 3);
  Word* hp = p->alloc(2 * s.size());
  Term l = make_nil();
  for (size_t i = s.size(); i-- > 0;) {
    hp[2 * i] = make_small(uint8_t(s[i])).raw();
    hp[2 * i + 1] = l.raw();
    l = make_list(hp + 2 * i);
  }
  return l;
}

// "#Ref<0.N2.N1.N0>" names a local reference when its channel is 0 (this
// node), it has three numbers, the first fits ERTS's 18 bits and the
// scheduler id in N1 names an existing scheduler (ERTS's checks).
Term erl_list_to_ref(Process* p, Term* a) {
  std::string s;
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 255 || s.size() >= 71) return badarg(p);
    s.push_back(char(small_value(c)));
  }
  if (list_length(a[0]) < 0 || s.compare(0, 5, "#Ref<") != 0) return badarg(p);
  uint64_t ints[4];
  size_t n = 0, i = 5;
  for (;;) {
    if (n == 4 || i >= s.size() || s[i] < '0' || s[i] > '9') return badarg(p);
    uint64_t v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + uint64_t(s[i++] - '0');
      if (v > 0xFFFFFFFFu) return badarg(p);
    }
    ints[n++] = v;
    if (i < s.size() && s[i] == '>') break;
    if (i >= s.size() || s[i++] != '.') return badarg(p);
  }
  if (i + 1 != s.size() || n != 4 || ints[0] != 0) return badarg(p);
  RefNumbers r{{uint32_t(ints[3]), uint32_t(ints[2]), uint32_t(ints[1])}};
  if (r.n[0] > kRefN0Mask || (r.n[1] & 0xFFFF) > scheduler_count()) return badarg(p);
  if (r.n[1] & kRefMagicBit) {
    if (BinaryBlob* b = find_saved_resource(r)) {
      Word* hp = p->alloc(kMagicRefWords);
      Term t = fill_resource_ref(hp, b, r);
      p->own_blob(hp);
      return t;
    }
  }
  return make_local_ref(p->alloc(kLocalRefWords), r);
}

namespace {
Term unique_integer(Process* p, bool positive, bool monotonic) {
  int64_t v = next_unique_integer(positive, monotonic);
  return fits_small(v) ? make_small(v) : detail::int_from_int64_big(*p, v);
}
}  // namespace

Term erl_unique_integer_0(Process* p, Term*) { return unique_integer(p, false, false); }

Term erl_unique_integer_1(Process* p, Term* a) {
  bool positive = false, monotonic = false;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) {
    if (car(l) == atoms::am_positive) {
      positive = true;
    } else if (car(l) == atoms::am_monotonic) {
      monotonic = true;
    } else {
      return badarg(p);
    }
  }
  if (!is_nil(l)) return badarg(p);
  return unique_integer(p, positive, monotonic);
}

}  // namespace openbeam::bifs
