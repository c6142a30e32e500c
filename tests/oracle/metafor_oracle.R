# Reference numbers from R's metafor for the pipeline's meta-analysis code.
# Usage: Rscript metafor_oracle.R INPUT.csv OUTPUT.csv
# INPUT has columns analysis, study, n1, m1, sd1, n2, m2, sd2 (measure MD and SMD are both
# computed with escalc) or analysis, study, yi, vi. For every analysis x measure x method x
# test it writes the rma() + predict() results that `python -m pipeline meta` also writes.
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
methods <- c("REML", "DL", "PM", "ML", "HE", "SJ", "EE")
if (length(args) >= 3) methods <- strsplit(args[3], ",")[[1]]
has_raw <- all(c("n1", "m1", "sd1", "n2", "m2", "sd2") %in% names(d))
measures <- if (has_raw) c("MD", "SMD") else c("GEN")
rows <- list()
for (a in unique(d$analysis)) {
  s <- d[d$analysis == a, ]
  for (measure in measures) {
    es <- if (has_raw) escalc(measure, m1i = m1, sd1i = sd1, n1i = n1, m2i = m2, sd2i = sd2, n2i = n2, data = s)
          else data.frame(yi = s$yi, vi = s$vi)
    for (method in methods) {
      for (test in c("z", "knha")) {
        if (method == "EE" && test == "knha") next
        fit <- tryCatch(suppressWarnings(rma(yi, vi, data = es, method = method, test = test)),
                        error = function(e) NULL)
        if (is.null(fit)) next
        p <- predict(fit)
        rows[[length(rows) + 1]] <- data.frame(
          analysis = a, measure = measure, method = method, hksj = test == "knha", k = fit$k,
          estimate = as.numeric(fit$beta), se = fit$se, ci_low = fit$ci.lb, ci_high = fit$ci.ub,
          tau2 = fit$tau2, i2 = fit$I2, h2 = fit$H2, q = fit$QE, q_p = fit$QEp,
          pi_low = if (is.null(p$pi.lb)) p$ci.lb else p$pi.lb,
          pi_high = if (is.null(p$pi.ub)) p$ci.ub else p$pi.ub)
      }
    }
  }
}
out <- do.call(rbind, rows)
write.csv(out, args[2], row.names = FALSE)
cat(sprintf("R %s, metafor %s\n", paste(R.version$major, R.version$minor, sep = "."), packageVersion("metafor")))
