# Reference numbers from R's metafor for the pipeline's meta-analysis code.
#
# Usage: Rscript metafor_oracle.R INPUT.csv OUTPUT [METHODS]
#   INPUT has columns analysis, study and either n1, m1, sd1, n2, m2, sd2 (MD and SMD are
#   computed with escalc) or yi, vi. For every analysis x measure x method x test
#   ("z" and "knha") it records rma() + predict() results.
#   OUTPUT ending in .json: a JSON document with the R and metafor versions (used to pin
#   tests/fixtures/metafor_reference.json); otherwise a CSV.
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
methods <- c("REML", "DL", "PM", "ML", "HE", "SJ", "EE")
if (length(args) >= 3) methods <- strsplit(args[3], ",")[[1]]
has_raw <- all(c("n1", "m1", "sd1", "n2", "m2", "sd2") %in% names(d))
measures <- if (has_raw) c("MD", "SMD") else c("GEN")
fields <- c("estimate", "se", "ci_low", "ci_high", "tau2", "i2", "h2", "q", "q_p", "pi_low", "pi_high")
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
                        error = function(e) conditionMessage(e))
        if (is.character(fit)) {  # metafor refused: record why, with no numbers
          failed <- data.frame(analysis = a, measure = measure, method = method, hksj = test == "knha", k = nrow(s))
          for (f in fields) failed[[f]] <- NA
          failed$error <- gsub("[\r\n]+", " ", fit)
          rows[[length(rows) + 1]] <- failed
          next
        }
        p <- predict(fit)
        rows[[length(rows) + 1]] <- data.frame(
          analysis = a, measure = measure, method = method, hksj = test == "knha", k = fit$k,
          estimate = as.numeric(fit$beta), se = fit$se, ci_low = fit$ci.lb, ci_high = fit$ci.ub,
          tau2 = fit$tau2, i2 = fit$I2, h2 = fit$H2, q = fit$QE, q_p = fit$QEp,
          pi_low = if (is.null(p$pi.lb)) p$ci.lb else p$pi.lb,
          pi_high = if (is.null(p$pi.ub)) p$ci.ub else p$pi.ub, error = "")
      }
    }
  }
}
out <- do.call(rbind, rows)
versions <- sprintf("R %s.%s, metafor %s", R.version$major, R.version$minor, packageVersion("metafor"))
if (grepl("\\.json$", args[2])) {
  out <- out[out$error == "", ]
  num <- function(x) formatC(x, digits = 17, format = "g")
  items <- vapply(seq_len(nrow(out)), function(i) {
    r <- out[i, ]
    paste0('{"analysis": "', r$analysis, '", "measure": "', r$measure, '", "method": "', r$method,
           '", "hksj": ', tolower(r$hksj), ', "k": ', r$k, ", ",
           paste0('"', fields, '": ', vapply(fields, function(f) num(r[[f]]), ""), collapse = ", "), "}")
  }, "")
  json <- paste0('{\n"generated_by": "tests/oracle/metafor_oracle.R",\n"input": "', basename(args[1]),
                 '",\n"R": "', R.version$major, ".", R.version$minor, '",\n"metafor": "',
                 as.character(packageVersion("metafor")), '",\n"results": [\n', paste(items, collapse = ",\n"), "\n]\n}\n")
  writeLines(json, args[2], sep = "")
} else {
  write.csv(out, args[2], row.names = FALSE)
}
cat(versions, "\n")
