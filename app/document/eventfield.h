#pragma once

// The parts of an event an officer edits one at a time; typing in one field merges into one
// undo command for that field.
enum class EventField { Title, Summary, Date, DateBasis, Lane, Actors, Tags, Passages, Several };
