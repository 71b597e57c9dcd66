package vn.thidua.criteria.domain;

import java.math.BigDecimal;
import vn.thidua.criteria.ScoreStatus;

/** A card's numbers as read for a ranking. */
public record CardTotal(long userId, String personName, String periodCode, ScoreStatus status, BigDecimal total) {}
