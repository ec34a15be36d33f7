// Focus moves between the Story button and the Story region as story mode starts and ends.
export const STORY_BUTTON_ID = "story-start";
export const STORY_NEXT_ID = "story-next";
