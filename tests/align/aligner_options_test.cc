#include "align/aligner_options.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace driftalign::align {
namespace {

// The --param names scripts/tune_align.py and the docs use: flat, one per
// tunable field.
const char* const kNames[] = {
    "sim_weight", "hub_weight", "center_weight", "sim_threshold", "merge3_reward", "merge22_reward",
    "merge4_reward", "merge_extra_reward", "null_reward", "length_weight", "length_variance",
    "figure_shared_reward", "figure_unmatched_reward", "name_shared_reward", "name_unmatched_reward",
    "paragraph_break_reward", "meta_reward", "coverage_weight", "coverage_threshold", "part_weight",
    "part_threshold", "sim_threshold_adapt", "sim_reference", "null_merge_slope", "null_merge_reference",
    "null_merge_prior", "length_ratio_adapt", "null_abridged_weight", "margin_k", "calib_slope",
    "calib_offset", "null_calib_slope", "null_calib_sim"};

TEST(AlignerOptionsTest, ValidateOptionsNamesTheField) {
  AlignerOptions o;
  o.search.max_block = 9;
  Status st = ValidateOptions(o);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("max_block"), std::string::npos);
  EXPECT_TRUE(ValidateOptions(AlignerOptions{}).ok());
  o = AlignerOptions{};
  o.reward.null_merge_prior = -1;
  EXPECT_NE(ValidateOptions(o).message().find("null_merge_prior"), std::string::npos);
  o = AlignerOptions{};
  o.reward.length_ratio = -1;
  EXPECT_NE(ValidateOptions(o).message().find("length_ratio"), std::string::npos);
}

TEST(AlignerOptionsTest, TunableParamsAreTheFlatNames) {
  AlignerOptions o;
  std::set<std::string> names;
  for (const auto& [name, field] : TunableParams(&o)) names.insert(name);
  EXPECT_EQ(names, std::set<std::string>(std::begin(kNames), std::end(kNames)));
}

TEST(AlignerOptionsTest, EveryNameSetsItsOwnField) {
  for (const char* name : kNames) {
    AlignerOptions o;
    std::map<std::string, double*> fields = TunableParams(&o);
    double* field = fields.at(name);
    // Inside this options object, and no other name points at it.
    EXPECT_GE(reinterpret_cast<const char*>(field), reinterpret_cast<const char*>(&o)) << name;
    EXPECT_LT(reinterpret_cast<const char*>(field), reinterpret_cast<const char*>(&o + 1)) << name;
    std::vector<double> before;
    for (const auto& [other, f] : fields) before.push_back(*f);
    ASSERT_TRUE(SetParam(&o, std::string(name) + "=0.125").ok()) << name;
    EXPECT_EQ(*field, 0.125) << name;
    size_t k = 0, changed = 0;
    for (const auto& [other, f] : fields) changed += (*f != before[k++]) ? 1 : 0;
    EXPECT_EQ(changed, 1u) << name;
  }
}

TEST(AlignerOptionsTest, SetParamReachesEachGroup) {
  AlignerOptions o;
  ASSERT_TRUE(SetParam(&o, "null_reward=-1.5").ok());
  ASSERT_TRUE(SetParam(&o, "calib_slope=2").ok());
  ASSERT_TRUE(SetParam(&o, "margin_k=3").ok());
  EXPECT_EQ(o.reward.null_reward, -1.5);
  EXPECT_EQ(o.calibration.calib_slope, 2.0);
  EXPECT_EQ(o.reward.margin_k, 3.0);
  EXPECT_EQ(o.search.max_block, SearchOptions{}.max_block);  // not tunable by name
}

TEST(AlignerOptionsTest, SetParamRejectsUnknownNamesAndNonNumbers) {
  struct Case { const char* param; const char* message; };
  const Case cases[] = {
      {"nonsense=1", "--param expects NAME=VALUE with a known NAME, got \"nonsense=1\""},
      {"null_reward", "--param expects NAME=VALUE with a known NAME, got \"null_reward\""},
      {"=1", "--param expects NAME=VALUE with a known NAME, got \"=1\""},
      {"max_block=6", "--param expects NAME=VALUE with a known NAME, got \"max_block=6\""},
      {"search.max_block=6", "--param expects NAME=VALUE with a known NAME, got \"search.max_block=6\""},
      {"reward.null_reward=1", "--param expects NAME=VALUE with a known NAME, got \"reward.null_reward=1\""},
      {"null_reward=abc", "--param null_reward=abc: not a number"},
      {"null_reward=", "--param null_reward=: not a number"},
      {"null_reward=1e999", "--param null_reward=1e999: not a number"},
  };
  for (const Case& c : cases) {
    AlignerOptions o;
    Status st = SetParam(&o, c.param);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << c.param;
    EXPECT_EQ(st.message(), c.message);
    EXPECT_EQ(o.reward.null_reward, RewardOptions{}.null_reward) << c.param;  // unchanged
  }
}

TEST(AlignerOptionsTest, SetParamReadsValuesAsStod) {
  // The CLI has always read --param values with std::stod.
  struct Case { const char* param; double value; };
  const Case cases[] = {{"null_reward=-1.5", -1.5}, {"null_reward= 2", 2.0}, {"null_reward=0.5x", 0.5},
                        {"null_reward=1e-3", 1e-3}, {"null_reward=+4", 4.0}};
  for (const Case& c : cases) {
    AlignerOptions o;
    ASSERT_TRUE(SetParam(&o, c.param).ok()) << c.param;
    EXPECT_EQ(o.reward.null_reward, c.value) << c.param;
  }
}

}  // namespace
}  // namespace driftalign::align
