import fc from 'fast-check'

/**
 * Every property runs the same cases on every machine, so a red CI run is the same red run at a
 * desk. FC_SEED explores other cases (fast-check prints the seed of a failure to rerun it).
 */
const seed = Number(process.env.FC_SEED ?? 20261206)
fc.configureGlobal({ seed })
