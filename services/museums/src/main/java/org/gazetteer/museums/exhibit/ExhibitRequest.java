package org.gazetteer.museums.exhibit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.heritage.Acquisition;
import org.gazetteer.museums.heritage.CensusNumbers;
import org.gazetteer.museums.heritage.Dimensions;
import org.gazetteer.museums.heritage.ExhibitCondition;
import org.gazetteer.museums.heritage.ExhibitImage;
import org.gazetteer.museums.heritage.Grade;
import org.gazetteer.museums.heritage.Material;
import org.gazetteer.museums.heritage.PreservationState;
import org.gazetteer.museums.heritage.Quantity;

/**
 * An exhibit as a curator writes it: the national movable-heritage record and the gazetteer fields.
 * The museum comes from the caller's token; ids, status, versions and authorship are the server's
 * and are rejected here like any unknown property.
 */
@Schema(name = "ExhibitRequest")
public record ExhibitRequest(
    @Schema(
            pattern = "^[\\p{L}\\p{N}._/\\-]+$",
            example = "CD-2023-0001",
            description = "Inventory number, unique in the museum")
        @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[\\p{L}\\p{N}._/\\-]+",
            message = "may hold letters, digits and . _ / - only")
        String inventoryNo,
    @Schema(
            pattern = "^" + CensusNumbers.PATTERN + "$",
            example = "510104218000000000123",
            description = "Census registration number (普查登记号), unique in the network")
        @Pattern(regexp = CensusNumbers.PATTERN, message = CensusNumbers.MESSAGE)
        String censusNo,
    @NotNull @Valid LocalizedText title,
    @NotNull ExhibitCategory category,
    WorkType workType,
    @Valid DatingRequest dating,
    Material material,
    @Valid Quantity quantity,
    @Valid Dimensions dimensions,
    @Schema(example = "0.85", description = "Mass in kilograms")
        @Positive
        @DecimalMax("1000000")
        @Digits(integer = 9, fraction = 3)
        BigDecimal massKg,
    ExhibitCondition condition,
    PreservationState preservation,
    @Valid Acquisition acquisition,
    Grade grade,
    @Valid LocalizedText compiler,
    @Schema(example = "2021年版") @Size(max = 100) String edition,
    @Schema(description = "Divisions the work is about", example = "[\"510000\"]") @Size(max = 50)
        List<@NotNull @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE) String>
            divisionsCovered,
    @Valid LocalizedText description,
    @Schema(example = "[\"扶贫\"]") @Size(max = 30) List<@NotBlank @Size(max = 50) String> keywords,
    @Size(max = 20) List<@NotNull @Valid ExhibitImage> images,
    @Schema(description = "Rights statement for the record and its images") @Valid
        LocalizedText rights) {}
