package vn.thidua.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A candidate added by hand: the person or collective, the title or award form code, who proposes it. */
public record CandidateData(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 40) String awardCode,
        @Size(max = 255) String proposer) {}
