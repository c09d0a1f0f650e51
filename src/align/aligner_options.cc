#include "align/aligner_options.h"

#include <exception>
#include <map>
#include <string>
#include <string_view>

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
  if (o.search.threads < 0) return InvalidArgument("threads must be >= 0, got " + std::to_string(o.search.threads));
  if (o.search.tile_rows < 1) return InvalidArgument("tile_rows must be >= 1, got " + std::to_string(o.search.tile_rows));
  if (o.reward.null_merge_prior < 0) return InvalidArgument("null_merge_prior must be >= 0");
  if (o.reward.length_ratio < 0) return InvalidArgument("length_ratio must be >= 0");
  if (o.reward.length_ratio_min_beads < 1) return InvalidArgument("length_ratio_min_beads must be >= 1");
  return Status::Ok();
}

std::map<std::string, double*> TunableParams(AlignerOptions* o) {
  return {{"sim_weight", &o->reward.sim_weight},
          {"hub_weight", &o->reward.hub_weight},
          {"center_weight", &o->reward.center_weight},
          {"sim_threshold", &o->reward.sim_threshold},
          {"merge3_reward", &o->reward.merge3_reward},
          {"merge22_reward", &o->reward.merge22_reward},
          {"merge4_reward", &o->reward.merge4_reward},
          {"merge_extra_reward", &o->reward.merge_extra_reward},
          {"null_reward", &o->reward.null_reward},
          {"length_weight", &o->reward.length_weight},
          {"length_variance", &o->reward.length_variance},
          {"figure_shared_reward", &o->reward.figure_shared_reward},
          {"figure_unmatched_reward", &o->reward.figure_unmatched_reward},
          {"name_shared_reward", &o->reward.name_shared_reward},
          {"name_unmatched_reward", &o->reward.name_unmatched_reward},
          {"paragraph_break_reward", &o->reward.paragraph_break_reward},
          {"meta_reward", &o->reward.meta_reward},
          {"coverage_weight", &o->reward.coverage_weight},
          {"coverage_threshold", &o->reward.coverage_threshold},
          {"part_weight", &o->reward.part_weight},
          {"part_threshold", &o->reward.part_threshold},
          {"sim_threshold_adapt", &o->reward.sim_threshold_adapt},
          {"sim_reference", &o->reward.sim_reference},
          {"null_merge_slope", &o->reward.null_merge_slope},
          {"null_merge_reference", &o->reward.null_merge_reference},
          {"null_merge_prior", &o->reward.null_merge_prior},
          {"length_ratio_adapt", &o->reward.length_ratio_adapt},
          {"null_abridged_weight", &o->reward.null_abridged_weight},
          {"margin_k", &o->reward.margin_k},
          {"calib_slope", &o->calibration.calib_slope},
          {"calib_offset", &o->calibration.calib_offset},
          {"null_calib_slope", &o->calibration.null_calib_slope},
          {"null_calib_sim", &o->calibration.null_calib_sim}};
}

Status SetParam(AlignerOptions* options, std::string_view name_eq_value) {
  const std::string p(name_eq_value);
  const size_t eq = p.find('=');
  std::map<std::string, double*> tunable = TunableParams(options);
  auto it = eq == std::string::npos ? tunable.end() : tunable.find(p.substr(0, eq));
  if (it == tunable.end()) {
    return InvalidArgument("--param expects NAME=VALUE with a known NAME, got \"" + p + "\"");
  }
  // std::stod, as --param has always been read: leading spaces and text
  // after the number are accepted ("0.5x" is 0.5).
  try {
    *it->second = std::stod(p.substr(eq + 1));
  } catch (const std::exception&) {
    return InvalidArgument("--param " + p + ": not a number");
  }
  return Status::Ok();
}

}  // namespace driftalign::align
