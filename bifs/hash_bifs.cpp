// Term hashing and float text BIFs.
#include "bifs/bifs.hpp"
#include "vm/bignum.hpp"
#include "vm/bits.hpp"
#include "vm/float_text.hpp"
#include "vm/term_hash.hpp"

namespace openbeam::bifs {

using namespace vm;

static bool range_of(Term t, uint64_t* r) {
  if (is_small(t) && small_value(t) >= 1) {
    *r = uint64_t(small_value(t));
  } else if (is_bignum(t)) {
    BigView b = big_view(t);
    if (b.negative || b.n != 1) return false;
    *r = b.limbs[0];
  } else {
    return false;
  }
  return hash_range_ok(*r);
}

static Term make_unsigned(Process* p, uint64_t v) {
  if (v <= uint64_t(kSmallMax)) return make_small(int64_t(v));
  size_t used;
  return integer_from_int64(p->alloc(bignum_words(1)), int64_t(v), &used);
}

Term erl_phash2_1(Process*, Term* a) { return make_small(phash2(a[0])); }

Term erl_phash2_2(Process* p, Term* a) {
  uint64_t r;
  if (!range_of(a[1], &r)) return badarg(p);
  return make_unsigned(p, phash2_range(a[0], r));
}

Term erl_phash_2(Process* p, Term* a) {
  uint64_t r;
  if (!range_of(a[1], &r)) return badarg(p);
  return make_unsigned(p, phash(a[0], r));
}

static std::optional<std::string> float_text(Term f, Term opts) {
  if (!is_float(f)) return std::nullopt;
  auto o = parse_float_text_options(opts);
  if (!o) return std::nullopt;
  return float_to_text(float_value(f), *o);
}

Term erl_float_to_list_2(Process* p, Term* a) {
  auto s = float_text(a[0], a[1]);
  if (!s) return badarg(p);
  std::vector<Term> cs;
  for (unsigned char c : *s) cs.push_back(make_small(c));
  return make_list_from(p, cs.data(), cs.size());
}

Term erl_float_to_binary_1(Process* p, Term* a) {
  auto s = float_text(a[0], make_nil());
  if (!s) return badarg(p);
  return make_binary(*p, reinterpret_cast<const uint8_t*>(s->data()), s->size());
}

Term erl_float_to_binary_2(Process* p, Term* a) {
  auto s = float_text(a[0], a[1]);
  if (!s) return badarg(p);
  return make_binary(*p, reinterpret_cast<const uint8_t*>(s->data()), s->size());
}

}  // namespace openbeam::bifs
