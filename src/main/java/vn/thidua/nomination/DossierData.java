package vn.thidua.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The dossier's heading data used by the generated proposal letter. */
public record DossierData(
        @NotBlank @Size(max = 255) String title,
        @Pattern(regexp = "^$|KT\\.|TM\\.|TL\\.|Q\\.") String signerPrefix,
        @Size(max = 200) String signerTitle,
        @Size(max = 200) String signerName,
        @Size(max = 100) String place,
        long version) {}
