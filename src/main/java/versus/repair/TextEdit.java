package versus.repair;

import java.util.List;

/**
 * One replacement a pass makes, in char offsets of the text that pass read.
 *
 * @param encoding the code page undone (the layer this pass removed)
 * @param lostBytes bytes put back that a lossy decoder had dropped
 * @param alternatives rival characters when a lost byte was restored by choice
 */
record TextEdit(int start, int end, String replacement, String encoding, int lostBytes, List<String> alternatives) {}
