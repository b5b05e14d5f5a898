-- rotating an assessment's view link finds the scenarios saved from it
create index ix_assessment_scenario_of on assessment (scenario_of);
