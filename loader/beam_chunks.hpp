// Chunk parsers; each returns false and fills *err on malformed input.
#pragma once

#include <optional>
#include <vector>

#include "loader/beam_file.hpp"
#include "loader/iff.hpp"

namespace openbeam::loader {

bool parse_atoms(BeamFile& bf, const Chunk& c, bool utf8, LoadError* err);
bool parse_imports(BeamFile& bf, const Chunk& c, LoadError* err);
bool parse_exports(BeamFile& bf, const Chunk& c, std::vector<Export>& out, LoadError* err);
bool parse_lambdas(BeamFile& bf, const Chunk& c, LoadError* err);
bool parse_literals(BeamFile& bf, const Chunk& c, LoadError* err);
bool parse_types(BeamFile& bf, const Chunk& c, LoadError* err);
bool parse_lines(BeamFile& bf, const Chunk& c, LoadError* err);
bool parse_term_chunk(BeamFile& bf, const Chunk& c, std::optional<Term>& out, LoadError* err);
// The Code chunk; needs atoms, literals and types parsed first.
bool parse_code(BeamFile& bf, const Chunk& c, LoadError* err);

}  // namespace openbeam::loader
