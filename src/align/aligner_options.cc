#include "align/aligner_options.h"

#include <string>

namespace driftalign::align {

Status ValidateOptions(const AlignerOptions& o) {
  if (o.search.max_block < 2 || o.search.max_block > 8) {
    return InvalidArgument("max_block must be in 2..8, got " + std::to_string(o.search.max_block));
  }
  if (o.search.band_radius < 2) {
    return InvalidArgument("band_radius must be >= 2, got " + std::to_string(o.search.band_radius));
  }
  if (o.search.exact_max_nodes < 16) {
    return InvalidArgument("exact_max_nodes must be >= 16, got " + std::to_string(o.search.exact_max_nodes));
  }
  if (o.reward.length_variance <= 0) return InvalidArgument("length_variance must be > 0");
  if (o.calibration.null_calib_window < 1) return InvalidArgument("null_calib_window must be >= 1");
  if (o.search.coverage_radius < 1) return InvalidArgument("coverage_radius must be >= 1");
  if (o.reward.null_merge_prior < 0) return InvalidArgument("null_merge_prior must be >= 0");
  if (o.reward.length_ratio < 0) return InvalidArgument("length_ratio must be >= 0");
  if (o.reward.length_ratio_min_beads < 1) return InvalidArgument("length_ratio_min_beads must be >= 1");
  return Status::Ok();
}

}  // namespace driftalign::align
