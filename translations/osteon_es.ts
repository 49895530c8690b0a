<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="98"/>
        <source>AI placed points</source>
        <translation>Puntos colocados por la IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="124"/>
        <source>The AI tasks could not be listed: %1</source>
        <translation>No se pudieron listar las tareas de IA: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="130"/>
        <source>This build has no AI task plugins.</source>
        <translation>Esta compilación no tiene plugins de tareas de IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="111"/>
        <location filename="../ui/ai/ai_panel.cpp" line="586"/>
        <source>AI is not in this build: Osteon was built without LibTorch.</source>
        <translation>La IA no está en esta compilación: Osteon se compiló sin LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="160"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="168"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="170"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="171"/>
        <source>A model package (.osteon) or a TorchScript file (.pt) for this task</source>
        <translation>Un paquete de modelo (.osteon) o un archivo TorchScript (.pt) para esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="172"/>
        <source>Bundled demo model</source>
        <translation>Modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="179"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="181"/>
        <source>Run the model on the current image or study (Ctrl+R)</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="208"/>
        <source>Run anyway (research use)</source>
        <translation>Ejecutar de todos modos (uso en investigación)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="211"/>
        <source>Run the model on this input although the task does not accept it; the result is not meaningful for diagnosis</source>
        <translation>Ejecutar el modelo con esta entrada aunque la tarea no la acepte; el resultado no tiene valor diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="218"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Add placed points to labelling</source>
        <translation>Añadir los puntos colocados a las etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="265"/>
        <source>Make the points the localiser placed ordinary labelling points of this study (one edit: Ctrl+Z removes them). Move any of them and run again: your positions are then used.</source>
        <translation>Convertir los puntos que colocó el localizador en puntos de etiquetado normales de este estudio (una edición: Ctrl+Z los quita). Mueva cualquiera y ejecute de nuevo: se usarán sus posiciones.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="325"/>
        <source>No AI task is selected.</source>
        <translation>No hay ninguna tarea de IA seleccionada.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="325"/>
        <source>Unknown AI task %1</source>
        <translation>Tarea de IA desconocida %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="335"/>
        <source>Input: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="337"/>
        <source>Proposed for this study: %1</source>
        <translation>Propuesta para este estudio: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="357"/>
        <source>Bundled demo model (%1)</source>
        <translation>Modelo de demostración incluido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="367"/>
        <source>Load a model for %1</source>
        <translation>Cargar un modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="368"/>
        <source>Models (*.osteon *.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelos (*.osteon *.pt *.pth *.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="382"/>
        <source>The model is busy; cancel or wait before loading another.</source>
        <translation>El modelo está ocupado; cancele o espere antes de cargar otro.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="399"/>
        <location filename="../ui/ai/ai_panel.cpp" line="615"/>
        <source>Loading the model...</source>
        <translation>Cargando el modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="494"/>
        <source>Open an image or a study first.</source>
        <translation>Abra primero una imagen o un estudio.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="587"/>
        <source>The model is already running.</source>
        <translation>El modelo ya está en ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="603"/>
        <source>%1 Run it anyway only for research use.</source>
        <translation>%1 Ejecútelo de todos modos solo para uso en investigación.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="615"/>
        <source>Running %p%</source>
        <translation>Ejecutando %p%</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="625"/>
        <source>%1: running...</source>
        <translation>%1: ejecutando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="632"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="661"/>
        <source>Model loaded: %1</source>
        <translation>Modelo cargado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="662"/>
        <location filename="../ui/ai/ai_panel.cpp" line="791"/>
        <source>bundled demo model</source>
        <translation>modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="667"/>
        <source>Loading the model was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="668"/>
        <location filename="../ui/ai/ai_panel.cpp" line="682"/>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="676"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="683"/>
        <source>The model could not run: %1</source>
        <translation>No se pudo ejecutar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="692"/>
        <source>Run anyway, for research use: %1</source>
        <translation>Ejecutado de todos modos, para uso en investigación: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="699"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="786"/>
        <source>Not measured: %1</source>
        <translation>No medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="792"/>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="830"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="845"/>
        <source>%n target(s) not measured: %1</source>
        <translation>
            <numerusform>%n objetivo no medido: %1</numerusform>
            <numerusform>%n objetivos no medidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="898"/>
        <source>The level localiser placed %n point(s).</source>
        <translation>
            <numerusform>El localizador de niveles colocó %n punto.</numerusform>
            <numerusform>El localizador de niveles colocó %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="900"/>
        <source>They are labelling points now: move any of them and run again to grade your positions.</source>
        <translation>Ahora son puntos de etiquetado: mueva cualquiera y ejecute de nuevo para graduar sus posiciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="903"/>
        <source>%n of them are drawn in magenta, marked (AI); add them to the labels to correct them.</source>
        <translation>
            <numerusform>%n de ellos está dibujado en magenta, marcado (AI); añádalo a las etiquetas para corregirlo.</numerusform>
            <numerusform>%n de ellos están dibujados en magenta, marcados (AI); añádalos a las etiquetas para corregirlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="908"/>
        <source>They are drawn in magenta, marked (AI). Open the study for labelling (File &gt; Open RSNA dataset) to keep and correct them.</source>
        <translation>Están dibujados en magenta, marcados (AI). Abra el estudio para etiquetar (Archivo &gt; Abrir conjunto RSNA) para conservarlos y corregirlos.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1033"/>
        <source>Computing the %1 map of class %2...</source>
        <translation>Calculando el mapa %1 de la clase %2...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1051"/>
        <source>Class activation map...</source>
        <translation>Mapa de activación de clase...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1062"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>No se pudo calcular el mapa de activación de clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1091"/>
        <source>Export the overlay</source>
        <translation>Exportar la superposición</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1092"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1103"/>
        <source>Export the heatmap as DICOM</source>
        <translation>Exportar el mapa de calor como DICOM</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1104"/>
        <source>DICOM files (*.dcm)</source>
        <translation>Archivos DICOM (*.dcm)</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="61"/>
        <source>Validation confusion</source>
        <translation>Confusión en validación</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="70"/>
        <source>No epochs yet</source>
        <translation>Todavía no hay épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="87"/>
        <source>predicted</source>
        <translation>predicha</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="91"/>
        <source>true</source>
        <translation>real</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="23"/>
        <source>Corner text</source>
        <translation>Texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="308"/>
        <source>uncalibrated px</source>
        <translation>px sin calibrar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="309"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="313"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>V %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="327"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra un estudio (Ctrl+O) o suelte archivos aquí</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="396"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="401"/>
        <source>stored %1, value %2</source>
        <translation>almacenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="406"/>
        <source>(%1, %2) %3 | uncalibrated px (no pixel spacing)</source>
        <translation>(%1, %2) %3 | px sin calibrar (sin espaciado de píxel)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="408"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="54"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="57"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra una carpeta de conjunto de datos RSNA (Archivo &gt; Abrir conjunto RSNA) para etiquetarla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Puntos colocados y grados asignados: un punto es un punto marcado, N/M/S el grado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="102"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas de este estudio (Intro para conservar)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="203"/>
        <source>The study&apos;s work stays in its journal: %1</source>
        <translation>El trabajo del estudio queda en su diario: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="230"/>
        <source>Study %1 cannot be labelled: %2</source>
        <translation>El estudio %1 no se puede etiquetar: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="238"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edición no guardada del estudio %1</numerusform>
            <numerusform>Restauradas %n ediciones no guardadas del estudio %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="314"/>
        <source>Next missing: %1 %2</source>
        <translation>Siguiente pendiente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="320"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos los puntos están colocados y todos los niveles graduados en este estudio.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="332"/>
        <source>No study is open for labelling: open the RSNA dataset for labelling (File &gt; Open RSNA dataset) to keep the placed points.</source>
        <translation>Ningún estudio está abierto para etiquetar: abra el conjunto RSNA para etiquetar (Archivo &gt; Abrir conjunto RSNA) para conservar los puntos colocados.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="362"/>
        <source>Every placed point&apos;s level already has a point in study %1: nothing added.</source>
        <translation>El nivel de cada punto colocado ya tiene un punto en el estudio %1: no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="374"/>
        <source>The placed points were not added: %1</source>
        <translation>Los puntos colocados no se añadieron: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="379"/>
        <source>Added %n AI-placed point(s) to the labels of study %1 (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Se añadió %n punto colocado por la IA a las etiquetas del estudio %1 (Ctrl+Z lo quita)</numerusform>
            <numerusform>Se añadieron %n puntos colocados por la IA a las etiquetas del estudio %1 (Ctrl+Z los quita)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="382"/>
        <source>Added %n point(s) from %2 to the labels of study %1 (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Añadido %n punto de %2 a las etiquetas del estudio %1 (Ctrl+Z lo quita)</numerusform>
            <numerusform>Añadidos %n puntos de %2 a las etiquetas del estudio %1 (Ctrl+Z los quita)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="386"/>
        <source>%n level(s) kept the annotator&apos;s point</source>
        <translation>
            <numerusform>%n nivel conservó el punto del anotador</numerusform>
            <numerusform>%n niveles conservaron el punto del anotador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="399"/>
        <source>%n level point(s) and %1 grade(s) of the report were not imported: open the RSNA dataset for labelling (File &gt; Open RSNA dataset) first.</source>
        <translation>
            <numerusform>%n punto de nivel y %1 grado(s) del informe no se importaron: abra primero el conjunto RSNA para etiquetar (Archivo &gt; Abrir conjunto RSNA).</numerusform>
            <numerusform>%n puntos de nivel y %1 grado(s) del informe no se importaron: abra primero el conjunto RSNA para etiquetar (Archivo &gt; Abrir conjunto RSNA).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="437"/>
        <source>Imported %n level point(s) and %1 grade(s) into study %2</source>
        <translation>
            <numerusform>Importado %n punto de nivel y %1 grado(s) en el estudio %2</numerusform>
            <numerusform>Importados %n puntos de nivel y %1 grado(s) en el estudio %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="461"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="474"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="500"/>
        <source>Saved %n study(ies) in train.csv and train_label_coordinates.csv in %1</source>
        <translation>
            <numerusform>%n estudio guardado en train.csv y train_label_coordinates.csv en %1</numerusform>
            <numerusform>%n estudios guardados en train.csv y train_label_coordinates.csv en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="542"/>
        <source>Discarded the unsaved work of %n study(ies); kept in %1</source>
        <translation>
            <numerusform>Descartado el trabajo no guardado de %n estudio; conservado en %1</numerusform>
            <numerusform>Descartado el trabajo no guardado de %n estudios; conservado en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="563"/>
        <source>De-identifying the dataset...</source>
        <translation>Desidentificando el conjunto de datos...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="563"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="564"/>
        <location filename="../ui/annotate/labelling_panel.cpp" line="614"/>
        <source>Export de-identified dataset</source>
        <translation>Exportar conjunto de datos desidentificado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="588"/>
        <source>Exported %1 de-identified DICOM file(s) and %2 CSV file(s) to %3; %4 refused for review (burned-in text), %5 error(s)</source>
        <translation>Exportados %1 archivo(s) DICOM desidentificado(s) y %2 archivo(s) CSV a %3; %4 rechazado(s) para revisión (texto grabado en la imagen), %5 error(es)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="597"/>
        <source>refused for review: %1</source>
        <translation>rechazado para revisión: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="582"/>
        <source>Export cancelled; the files written so far are in %1</source>
        <translation>Exportación cancelada; los archivos escritos hasta ahora están en %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="159"/>
        <source>%1 has no %2/&lt;study&gt; folders</source>
        <translation>%1 no tiene carpetas %2/&lt;estudio&gt;</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="584"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="617"/>
        <source>A copy of the dataset with the DICOM PS3.15 Basic Application Level Confidentiality Profile (every attribute of Table E.1-1). Study and series folders and the CSV ids become pseudonyms. Files that may show burned-in text are refused and listed.</source>
        <translation>Una copia del conjunto de datos con el Perfil Básico de Confidencialidad a Nivel de Aplicación de DICOM PS3.15 (todos los atributos de la Tabla E.1-1). Las carpetas de estudios y series y los ids de los CSV pasan a ser seudónimos. Los archivos que pueden mostrar texto grabado en la imagen se rechazan y se listan.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="624"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="626"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="639"/>
        <source>Also export files that may show burned-in text (listed)</source>
        <translation>Exportar también archivos que pueden mostrar texto grabado en la imagen (listados)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="651"/>
        <source>Choose full dates or modified dates, not both.</source>
        <translation>Elija fechas completas o fechas modificadas, no ambas.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="504"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="659"/>
        <source>No dataset open.</source>
        <translation>Ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="679"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudio %1 de %2 (%3): %4/25 puntos, %5/25 grados. %6 de %2 estudios totalmente graduados. Ahora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="697"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque los puntos en los cortes adquiridos: cambie esta vista a su plano de adquisición.</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="45"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="56"/>
        <source>Recent lines of Osteon&apos;s log (errors, warnings and information)</source>
        <translation>Líneas recientes del registro de Osteon (errores, advertencias e información)</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="62"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="64"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="66"/>
        <source>Copy every line shown to the clipboard, to paste into a bug report</source>
        <translation>Copiar todas las líneas mostradas al portapapeles, para pegarlas en un informe de error</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="69"/>
        <source>Open log folder</source>
        <translation>Abrir carpeta del registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="71"/>
        <source>Show the folder of the log file, to attach osteon.log to a bug report</source>
        <translation>Mostrar la carpeta del archivo de registro, para adjuntar osteon.log a un informe de error</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="45"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="52"/>
        <source>Viewer</source>
        <translation>Visor</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="55"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="59"/>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="64"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Archivos que no se pudieron cargar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="85"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabajo no guardado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="86"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>El estudio %1 tiene anotaciones que no se guardaron cuando Osteon se cerró por última vez. ¿Restaurarlas?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="94"/>
        <source>Unsaved labels</source>
        <translation>Etiquetas sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="95"/>
        <source>%n study(ies) have labels that are not in the CSV files yet: %1</source>
        <translation>
            <numerusform>%n estudio tiene etiquetas que aún no están en los archivos CSV: %1</numerusform>
            <numerusform>%n estudios tienen etiquetas que aún no están en los archivos CSV: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="99"/>
        <source>Discard keeps a copy in the dataset&apos;s .osteon folder.</source>
        <translation>Descartar guarda una copia en la carpeta .osteon del conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="123"/>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="146"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="190"/>
        <source>Loading the trained model %1 in the AI panel</source>
        <translation>Cargando el modelo entrenado %1 en el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="232"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir archivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="241"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imágenes (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="247"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="247"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="250"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir una carpeta de archivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="254"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="254"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="256"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="257"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="260"/>
        <source>&amp;Query PACS...</source>
        <translation>&amp;Consultar PACS...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="260"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="272"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para etiquetar...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="273"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir una carpeta de conjunto RSNA (train_images + archivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Guardar etiquetas (archivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="280"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="283"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primero un conjunto RSNA para etiquetar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Export measurements as DICOM S&amp;R...</source>
        <translation>Exportar mediciones como DICOM S&amp;R...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="289"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>Export measurements as a DICOM SR Measurement Report</source>
        <translation>Exportar mediciones como informe de mediciones DICOM SR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="292"/>
        <source>DICOM files (*.dcm)</source>
        <translation>Archivos DICOM (*.dcm)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="303"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>&amp;Recent studies</source>
        <translation>Estudios &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="308"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>Layout 1x1</source>
        <translation>Disposición 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>Layout 1x3</source>
        <translation>Disposición 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="319"/>
        <source>Layout 2x2</source>
        <translation>Disposición 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="319"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="321"/>
        <source>Next view</source>
        <translation>Siguiente vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="321"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="325"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="325"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="331"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="331"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="334"/>
        <source>Next slice</source>
        <translation>Corte siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="336"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="338"/>
        <source>Ten slices forward</source>
        <translation>Diez cortes adelante</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="340"/>
        <source>Ten slices back</source>
        <translation>Diez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="342"/>
        <source>First slice</source>
        <translation>Primer corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="344"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="346"/>
        <source>Cine play/stop</source>
        <translation>Cine reproducir/detener</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>Actual pixels (1:1)</source>
        <translation>Píxeles reales (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="359"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="361"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 grados en sentido horario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="361"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="363"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 grados en sentido antihorario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="364"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Flip horizontally</source>
        <translation>Voltear horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>Flip vertically</source>
        <translation>Voltear verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Smooth interpolation</source>
        <translation>Interpolación suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Show corner text</source>
        <translation>Mostrar texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="384"/>
        <source>Show overlays</source>
        <translation>Mostrar superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="384"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>Show labelling points</source>
        <translation>Mostrar puntos de etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="402"/>
        <source>Link cursor between views</source>
        <translation>Vincular el cursor entre vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="402"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado activado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desactivado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="424"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Osteon.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="428"/>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>Auto window/level</source>
        <translation>Ventana/nivel automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="433"/>
        <source>Header preset %1</source>
        <translation>Preajuste del encabezado %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="437"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="440"/>
        <source>Condition: %1</source>
        <translation>Condición: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="448"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="451"/>
        <source>Grade Normal/Mild</source>
        <translation>Grado Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="451"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="453"/>
        <source>Grade Moderate</source>
        <translation>Grado Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="453"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="455"/>
        <source>Grade Severe</source>
        <translation>Grado Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="455"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="457"/>
        <source>Jump to the next missing label</source>
        <translation>Ir a la siguiente etiqueta pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="457"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="459"/>
        <source>Delete the selected point</source>
        <translation>Eliminar el punto seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="461"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="462"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="462"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="464"/>
        <source>Next study</source>
        <translation>Estudio siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="464"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="466"/>
        <source>Previous study</source>
        <translation>Estudio anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="466"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="469"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="471"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="471"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="477"/>
        <source>Cobb angle</source>
        <translation>Ángulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="477"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="479"/>
        <source>Auto Cobb (find vertebrae, measure, ALS type)</source>
        <translation>Cobb automático (buscar vértebras, medir, tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="480"/>
        <source>Shift+B</source>
        <translation>Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="484"/>
        <source>Auto Cobb</source>
        <translation>Cobb automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>Stop measuring</source>
        <translation>Dejar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="490"/>
        <source>Undo the last measurement edit</source>
        <translation>Deshacer la última edición de medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="491"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="493"/>
        <source>&amp;AI</source>
        <translation>&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="498"/>
        <source>Run model on the current image or study</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="499"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="503"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="507"/>
        <source>Export heatmap overlay...</source>
        <translation>Exportar superposición del mapa de calor...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="509"/>
        <source>Show/hide the AI panel</source>
        <translation>Mostrar/ocultar el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="509"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="517"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="518"/>
        <source>Show/hide the training tab</source>
        <translation>Mostrar/ocultar la pestaña de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="519"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="520"/>
        <source>Check the training dataset</source>
        <translation>Comprobar el conjunto de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="524"/>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="528"/>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="531"/>
        <source>Load training configuration...</source>
        <translation>Cargar configuración de entrenamiento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="535"/>
        <source>Load a training configuration</source>
        <translation>Cargar una configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="535"/>
        <location filename="../ui/shell/main_window.cpp" line="541"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="538"/>
        <source>Save training configuration...</source>
        <translation>Guardar configuración de entrenamiento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="540"/>
        <source>Save the training configuration</source>
        <translation>Guardar la configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="548"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="549"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="549"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="553"/>
        <source>&amp;Log file location</source>
        <translation>Ubicación del archivo de &amp;registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="554"/>
        <source>Log file location</source>
        <translation>Ubicación del archivo de registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="555"/>
        <source>Osteon&apos;s log is in %1 (the previous one in osteon.log.1). Attach it to a bug report.</source>
        <translation>El registro de Osteon está en %1 (el anterior en osteon.log.1). Adjúntelo a un informe de error.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="562"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="564"/>
        <source>About Osteon</source>
        <translation>Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="565"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: un visor radiológico para imágenes de hueso y columna.
No apto para uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="622"/>
        <source>Open a study and measure it first.</source>
        <translation>Abra un estudio y mídalo primero.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="633"/>
        <source>%1 is a result made on a study: open the study first, then the result.</source>
        <translation>%1 es un resultado hecho sobre un estudio: abra primero el estudio y luego el resultado.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="648"/>
        <source>%1 is neither a DICOM SR Measurement Report nor a Parametric Map.</source>
        <translation>%1 no es un informe de mediciones DICOM SR ni un mapa paramétrico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="674"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Todavía cargando; cancele antes de abrir otra cosa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="681"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="691"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="700"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n serie cargada</numerusform>
            <numerusform>%n series cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="702"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: vea el panel Estudios</numerusform>
            <numerusform>, %n problemas: vea el panel Estudios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="707"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="19"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="27"/>
        <source>Measurement tool off</source>
        <translation>Herramienta de medida desactivada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="30"/>
        <source>Distance: click two points</source>
        <translation>Distancia: haga clic en dos puntos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="33"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ángulo: haga clic en un lado, el vértice y el otro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="37"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ángulo de Cobb: haga clic en los dos extremos de la placa terminal superior y luego de la inferior</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="62"/>
        <source>Restored measurement work that was not saved (%n edit(s))</source>
        <translation>
            <numerusform>Restaurado trabajo de medición no guardado (%n edición)</numerusform>
            <numerusform>Restaurado trabajo de medición no guardado (%n ediciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="64"/>
        <source>Saved measurements: %1</source>
        <translation>Mediciones guardadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="80"/>
        <source>Measurements could not be saved: %1</source>
        <translation>No se pudieron guardar las medidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="96"/>
        <source>Auto Cobb needs Osteon built with LibTorch (the AI engine)</source>
        <translation>El Cobb automático necesita Osteon compilado con LibTorch (el motor de IA)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="97"/>
        <source>Auto Cobb is already running</source>
        <translation>El Cobb automático ya está en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="98"/>
        <source>Auto Cobb: open a spine X-ray first</source>
        <translation>Cobb automático: abra primero una radiografía de columna</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="100"/>
        <source>Auto Cobb works on a single AP spine radiograph, not on a %1-slice series</source>
        <translation>El Cobb automático funciona sobre una única radiografía AP de columna, no sobre una serie de %1 cortes</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="106"/>
        <source>Auto Cobb: finding the vertebrae...</source>
        <translation>Cobb automático: buscando las vértebras...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="126"/>
        <location filename="../ui/annotate/measure_tool.cpp" line="165"/>
        <source>Auto Cobb failed: %1</source>
        <translation>El Cobb automático falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="126"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="154"/>
        <source>Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.</source>
        <translation>Cobb automático: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Arrastre una esquina para corregirla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="159"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="272"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="306"/>
        <source>Moved %1 %2: principal Cobb angle %3</source>
        <translation>%1 %2 movida: ángulo de Cobb principal %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>top-left</source>
        <translation>superior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>top-right</source>
        <translation>superior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>bottom-left</source>
        <translation>inferior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="309"/>
        <source>bottom-right</source>
        <translation>inferior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="371"/>
        <source>Cobb %1° (%2-%3)</source>
        <translation>Cobb %1° (%2-%3)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="375"/>
        <source>%1°  %2°  %3</source>
        <translation>%1°  %2°  %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="378"/>
        <source>S-shaped</source>
        <translation>en S</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="378"/>
        <source>C-shaped</source>
        <translation>en C</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="379"/>
        <source>ALS %1</source>
        <translation>ALS %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="381"/>
        <source>undecided (%1)</source>
        <translation>indeciso (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="386"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="422"/>
        <source>Wrote %1: %n measurement group(s)</source>
        <translation>
            <numerusform>Escrito %1: %n grupo de medición</numerusform>
            <numerusform>Escrito %1: %n grupos de medición</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="425"/>
        <source>; not exported: %1</source>
        <translation>; no exportado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="427"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="432"/>
        <source>The measurements could not be exported as DICOM SR: %1</source>
        <translation>Las mediciones no se pudieron exportar como DICOM SR: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="472"/>
        <source>Imported %n measurement(s) from %1</source>
        <translation>
            <numerusform>Importada %n medición de %1</numerusform>
            <numerusform>Importadas %n mediciones de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="475"/>
        <source>; skipped: %1</source>
        <translation>; omitido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="478"/>
        <source>The report %1 could not be imported: %2</source>
        <translation>El informe %1 no se pudo importar: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="512"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>PacsDialog</name>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="42"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="91"/>
        <source>PACS node</source>
        <translation>Nodo PACS</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="53"/>
        <source>none (C-GET only)</source>
        <translation>ninguno (solo C-GET)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="66"/>
        <source>AE title</source>
        <translation>Título AE</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="67"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="68"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="69"/>
        <source>Osteon&apos;s AE title</source>
        <translation>Título AE de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="70"/>
        <source>C-MOVE port (local)</source>
        <translation>Puerto C-MOVE (local)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="71"/>
        <source>Connection timeout</source>
        <translation>Tiempo límite de conexión</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="72"/>
        <source>Message timeout</source>
        <translation>Tiempo límite de mensaje</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="104"/>
        <source>Query PACS</source>
        <translation>Consultar PACS</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="108"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="112"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="113"/>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="116"/>
        <source>C-ECHO: checks that the node answers and accepts Osteon&apos;s AE title</source>
        <translation>C-ECHO: comprueba que el nodo responde y acepta el título AE de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="122"/>
        <source>Search studies</source>
        <translation>Buscar estudios</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="125"/>
        <source>e.g. SMITH* (wildcards * and ?)</source>
        <translation>p. ej. GARCIA* (comodines * y ?)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="131"/>
        <source>YYYYMMDD</source>
        <translation>AAAAMMDD</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="138"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="140"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="142"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="144"/>
        <source>Study date from</source>
        <translation>Fecha del estudio desde</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="147"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="151"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="159"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="169"/>
        <source>C-GET (no incoming port)</source>
        <translation>C-GET (sin puerto de entrada)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="170"/>
        <source>C-MOVE (to the node&apos;s move port)</source>
        <translation>C-MOVE (al puerto de move del nodo)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="173"/>
        <source>Folder...</source>
        <translation>Carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="174"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="478"/>
        <source>Retrieve</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="175"/>
        <source>Retrieve with</source>
        <translation>Recuperar con</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="177"/>
        <source>into</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="207"/>
        <source>Folder for retrieved studies</source>
        <translation>Carpeta para los estudios recuperados</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="216"/>
        <source>No PACS node yet: add one (AE title, host, port) with Add...</source>
        <translation>Aún no hay nodos PACS: añada uno (título AE, host, puerto) con Añadir...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="371"/>
        <source>Add a PACS node first.</source>
        <translation>Añada primero un nodo PACS.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="381"/>
        <source>Echo %1...</source>
        <translation>Echo %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="388"/>
        <source>%1 answered the echo in %2 ms.</source>
        <translation>%1 respondió al echo en %2 ms.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="414"/>
        <source>Searching %1...</source>
        <translation>Buscando en %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="449"/>
        <source>No study matches.</source>
        <translation>Ningún estudio coincide.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="449"/>
        <source>Studies found: %1</source>
        <translation>Estudios encontrados: %1</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="464"/>
        <source>Search, then choose a study to retrieve.</source>
        <translation>Busque y elija un estudio para recuperar.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="469"/>
        <source>C-MOVE needs the node&apos;s move port (Edit...); or retrieve with C-GET.</source>
        <translation>C-MOVE necesita el puerto de move del nodo (Editar...); o recupere con C-GET.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="475"/>
        <source>Retrieving %1 (%2)...</source>
        <translation>Recuperando %1 (%2)...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="476"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="485"/>
        <source>Retrieving with %1...</source>
        <translation>Recuperando con %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="520"/>
        <source>Retrieving: %1</source>
        <translation>Recuperando: %1</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="501"/>
        <source>%1 sent no images for this study.</source>
        <translation>%1 no envió imágenes para este estudio.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="502"/>
        <source>Retrieved %1 images in %2 s (%3 failed).</source>
        <translation>%1 imágenes recuperadas en %2 s (%3 fallaron).</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="511"/>
        <source>Retrieve cancelled; the images received so far are kept in %1.</source>
        <translation>Recuperación cancelada; las imágenes recibidas hasta ahora se guardan en %1.</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="82"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="229"/>
        <source>No result yet</source>
        <translation>Todavía no hay resultado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="18"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source> [stack %1]</source>
        <translation> [pila %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="73"/>
        <source>Reading headers</source>
        <translation>Leyendo encabezados</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="91"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="126"/>
        <source>%1: no images found</source>
        <translation>%1: no se encontraron imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="131"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="37"/>
        <source>(no patient)</source>
        <translation>(sin paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="44"/>
        <source>(no study description)</source>
        <translation>(sin descripción del estudio)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="52"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="62"/>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="62"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>train accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>validation macro-F1</source>
        <translation>macro-F1 de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="183"/>
        <source>fold %1: %2</source>
        <translation>partición %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="216"/>
        <source>fold %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="226"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="226"/>
        <source>Accuracy and macro-F1</source>
        <translation>Exactitud y macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="51"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="51"/>
        <source>accuracy / F1</source>
        <translation>exactitud / F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="198"/>
        <source>best (epoch @xPoint)</source>
        <translation>mejor (época @xPoint)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>solid</source>
        <translation>continua</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>dashed</source>
        <translation>discontinua</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>dotted</source>
        <translation>punteada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="232"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="293"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="293"/>
        <source>epoch (no epochs yet)</source>
        <translation>época (todavía sin épocas)</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../ui/training/training_form.cpp" line="149"/>
        <source>Range %1 (%2)</source>
        <translation>Rango %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="187"/>
        <source>Folder per class</source>
        <translation>Carpeta por clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="188"/>
        <source>CSV of image + label</source>
        <translation>CSV de imagen + etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="189"/>
        <source>RSNA 2024 folder</source>
        <translation>Carpeta RSNA 2024</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="190"/>
        <source>RSNA 2024 folder: lumbar level localiser</source>
        <translation>Carpeta RSNA 2024: localizador de niveles lumbares</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="192"/>
        <source>Folder per class: root/&lt;class&gt;/&lt;image&gt;. CSV: a column of image paths and a label column. RSNA 2024: train_images and the competition CSV files (crops around every labelled coordinate are trained as 3 classes).</source>
        <translation>Carpeta por clase: raíz/&lt;clase&gt;/&lt;imagen&gt;. CSV: una columna de rutas de imagen y una columna de etiqueta. RSNA 2024: train_images y los archivos CSV de la competición (los recortes alrededor de cada coordenada etiquetada se entrenan como 3 clases).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="195"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="199"/>
        <location filename="../ui/training/training_form.cpp" line="209"/>
        <location filename="../ui/training/training_form.cpp" line="399"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="202"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="208"/>
        <source>the CSV&apos;s folder</source>
        <translation>la carpeta del CSV</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="212"/>
        <source>Images folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="216"/>
        <source>label, class, als_type or diagnosis</source>
        <translation>label, class, als_type o diagnosis</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="217"/>
        <source>The CSV column with the class of each image</source>
        <translation>La columna del CSV con la clase de cada imagen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="218"/>
        <source>Label column</source>
        <translation>Columna de etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="220"/>
        <source>Check dataset</source>
        <translation>Comprobar conjunto</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="222"/>
        <source>Read every image and label and list what cannot be used</source>
        <translation>Leer cada imagen y etiqueta y listar lo que no se puede usar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="229"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="236"/>
        <source>Scoliosis (ALS type)</source>
        <translation>Escoliosis (tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="237"/>
        <source>Lumbar degeneration (RSNA)</source>
        <translation>Degeneración lumbar (RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="238"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="239"/>
        <source>Classification (any classes)</source>
        <translation>Clasificación (cualquier clase)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="241"/>
        <source>Choosing a task fills the form with its recommended settings; the task is stored in the model so that the AI panel can use it</source>
        <translation>Elegir una tarea rellena el formulario con sus ajustes recomendados; la tarea se guarda en el modelo para que el panel de IA pueda usarlo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="243"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="251"/>
        <source>+seed000head: the network&apos;s features through seed 000&apos;s dense head</source>
        <translation>+seed000head: las características de la red pasan por la cabeza densa del seed 000</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="252"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="256"/>
        <source>square</source>
        <translation>cuadrada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="261"/>
        <source>Input (w × h)</source>
        <translation>Entrada (an × al)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="268"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="270"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="271"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="281"/>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="284"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="286"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="288"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="290"/>
        <location filename="../ui/training/training_form.cpp" line="317"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="291"/>
        <source>reduce on plateau</source>
        <translation>reducir en meseta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="292"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="293"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="298"/>
        <source>patience</source>
        <translation>paciencia</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="300"/>
        <source>Plateau factor</source>
        <translation>Factor de meseta</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="302"/>
        <source>Minimum rate</source>
        <translation>Tasa mínima</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="303"/>
        <location filename="../ui/training/training_form.cpp" line="380"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="304"/>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="306"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="307"/>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="308"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="309"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="310"/>
        <source>Picks the best epoch (the checkpoint kept) and drives the schedule</source>
        <translation>Elige la mejor época (el punto de control conservado) y guía el programa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="311"/>
        <source>Monitor</source>
        <translation>Monitorizar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="312"/>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="318"/>
        <source>Frozen epochs</source>
        <translation>Épocas congeladas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="319"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="320"/>
        <source>Unfreeze blocks</source>
        <translation>Descongelar bloques</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="322"/>
        <source>Fine-tune factor</source>
        <translation>Factor de ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="323"/>
        <source>Fine-tuning</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="329"/>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="330"/>
        <source>focal</source>
        <translation>focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="331"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="333"/>
        <source>1 for every class</source>
        <translation>1 para cada clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="334"/>
        <source>Focal loss weight per class, comma separated (e.g. 0.2, 0.5, 0.7)</source>
        <translation>Peso de la pérdida focal por clase, separado por comas (p. ej. 0.2, 0.5, 0.7)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="335"/>
        <source>Focal alpha</source>
        <translation>Alfa focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="337"/>
        <source>Focal gamma</source>
        <translation>Gamma focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="338"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Pesos de clase (frecuencia inversa)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="340"/>
        <source>Oversample rare classes</source>
        <translation>Sobremuestrear las clases raras</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="342"/>
        <source>Imbalance</source>
        <translation>Desequilibrio</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="349"/>
        <source>Validation share</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="350"/>
        <source>no K-fold</source>
        <translation>sin K-fold</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="352"/>
        <source>Folds</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="354"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="355"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="360"/>
        <source>Augment training images</source>
        <translation>Aumentar las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="364"/>
        <source>Rotation ±</source>
        <translation>Rotación ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="366"/>
        <source>Shift ±</source>
        <translation>Desplazamiento ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="368"/>
        <source>Zoom ±</source>
        <translation>Zoom ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="370"/>
        <source>Brightness ±</source>
        <translation>Brillo ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="372"/>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="373"/>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="377"/>
        <source>Flips</source>
        <translation>Volteos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="385"/>
        <source>Elastic α</source>
        <translation>Elástica α</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="386"/>
        <source>Preview augmentation</source>
        <translation>Vista previa del aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="388"/>
        <source>Random augmentations of the dataset&apos;s first image (check it first)</source>
        <translation>Aumentos aleatorios de la primera imagen del conjunto (compruébelo antes)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="390"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="398"/>
        <source>The model package; the report goes into &lt;name&gt;-report next to it</source>
        <translation>El paquete del modelo; el informe va a &lt;nombre&gt;-report a su lado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="402"/>
        <location filename="../ui/training/training_form.cpp" line="429"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="404"/>
        <source>Save config...</source>
        <translation>Guardar configuración...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="405"/>
        <source>Load config...</source>
        <translation>Cargar configuración...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="410"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="416"/>
        <source>Choose the labels CSV</source>
        <translation>Elegir el CSV de etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="417"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="419"/>
        <source>Choose the dataset folder</source>
        <translation>Elegir la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="425"/>
        <source>Choose the images folder</source>
        <translation>Elegir la carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="430"/>
        <source>Osteon models (*.osteon)</source>
        <translation>Modelos de Osteon (*.osteon)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="627"/>
        <source>labels CSV (image path + label)</source>
        <translation>CSV de etiquetas (ruta de imagen + etiqueta)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="627"/>
        <source>dataset folder</source>
        <translation>carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="642"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="643"/>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="644"/>
        <source>minimum rate</source>
        <translation>tasa mínima</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="70"/>
        <location filename="../ui/training/training_panel.cpp" line="336"/>
        <location filename="../ui/training/training_panel.cpp" line="370"/>
        <location filename="../ui/training/training_panel.cpp" line="408"/>
        <source>Training is not in this build: Osteon was built without LibTorch.</source>
        <translation>El entrenamiento no está en esta compilación: Osteon se compiló sin LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="104"/>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="106"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="108"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="110"/>
        <source>Continue after the last finished epoch of the interrupted training</source>
        <translation>Continuar tras la última época terminada del entrenamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="115"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="117"/>
        <source>Load the trained model in the AI panel</source>
        <translation>Cargar el modelo entrenado en el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="142"/>
        <source>Save the training configuration</source>
        <translation>Guardar la configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="143"/>
        <location filename="../ui/training/training_panel.cpp" line="150"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="149"/>
        <source>Load a training configuration</source>
        <translation>Cargar una configuración de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="180"/>
        <source>Configuration saved to %1</source>
        <translation>Configuración guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="184"/>
        <source>The configuration could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="194"/>
        <source>Configuration loaded from %1</source>
        <translation>Configuración cargada de %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="198"/>
        <source>The configuration could not be loaded: %1</source>
        <translation>No se pudo cargar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="211"/>
        <source>The dataset changed since the check: check it again.</source>
        <translation>El conjunto de datos cambió desde la comprobación: compruébelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="213"/>
        <source>Not checked yet.</source>
        <translation>Todavía sin comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="275"/>
        <source>Train with these settings</source>
        <translation>Entrenar con estos ajustes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="275"/>
        <source>Check the dataset first</source>
        <translation>Compruebe antes el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="322"/>
        <location filename="../ui/training/training_panel.cpp" line="323"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="347"/>
        <source>Choose the dataset first (a folder or a CSV file).</source>
        <translation>Elija antes el conjunto de datos (una carpeta o un archivo CSV).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="352"/>
        <location filename="../ui/training/training_panel.cpp" line="378"/>
        <source>The settings cannot be used: %1</source>
        <translation>Los ajustes no se pueden usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="356"/>
        <source>Checking the dataset...</source>
        <translation>Comprobando el conjunto de datos...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="357"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="371"/>
        <source>Training is already running.</source>
        <translation>El entrenamiento ya está en curso.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="373"/>
        <location filename="../ui/training/training_panel.cpp" line="410"/>
        <source>Check the dataset first.</source>
        <translation>Compruebe antes el conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="375"/>
        <source>Not a number: %1</source>
        <translation>No es un número: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="380"/>
        <source>Nothing to resume: no checkpoint in %1</source>
        <translation>Nada que reanudar: no hay punto de control en %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="390"/>
        <source>Resuming the training from %1</source>
        <translation>Reanudando el entrenamiento desde %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="391"/>
        <source>Training %1 on %2 images of %3 classes</source>
        <translation>Entrenando %1 con %2 imágenes de %3 clases</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="395"/>
        <source>Resuming...</source>
        <translation>Reanudando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="395"/>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="409"/>
        <source>Wait for the running job to finish.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="415"/>
        <source>Rendering the augmentation preview...</source>
        <translation>Generando la vista previa del aumento...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="423"/>
        <source>There is no trained model yet.</source>
        <translation>Todavía no hay un modelo entrenado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="445"/>
        <source>Checking the dataset was cancelled.</source>
        <translation>Se canceló la comprobación del conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="446"/>
        <source>The dataset cannot be used: %1</source>
        <translation>El conjunto de datos no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="451"/>
        <source>Not usable: see the message above.</source>
        <translation>No utilizable: vea el mensaje de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="466"/>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="469"/>
        <source>Training was cancelled.</source>
        <translation>Se canceló el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="470"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="481"/>
        <source>Augmentation preview of %1: the first image as the network sees it, then random augmentations</source>
        <translation>Vista previa del aumento de %1: la primera imagen tal como la ve la red y luego aumentos aleatorios</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="490"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="491"/>
        <source>The preview could not be rendered: %1</source>
        <translation>No se pudo generar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="506"/>
        <source>Fold %1, epoch %2 of %3: validation accuracy %4</source>
        <translation>Partición %1, época %2 de %3: exactitud de validación %4</translation>
    </message>
</context>
<context>
    <name>TrainingResults</name>
    <message>
        <location filename="../ui/training/training_results.cpp" line="103"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="103"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="114"/>
        <source>Check the dataset to see its classes and problems.</source>
        <translation>Compruebe el conjunto de datos para ver sus clases y problemas.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="119"/>
        <source>Files and rows that cannot be used, with the reason</source>
        <translation>Archivos y filas que no se pueden usar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="122"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Fold</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Train loss</source>
        <translation>Pérdida entr.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Train acc.</source>
        <translation>Exact. entr.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Val. loss</source>
        <translation>Pérdida val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>Val. acc.</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>img/s</source>
        <translation>img/s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>Data wait</source>
        <translation>Espera de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="135"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="140"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="147"/>
        <source>Preview augmentation (in the Augmentation section) shows random augmentations of the first image here.</source>
        <translation>Vista previa del aumento (en la sección Aumento de datos) muestra aquí aumentos aleatorios de la primera imagen.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="151"/>
        <source>Augmentation preview</source>
        <translation>Vista previa del aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="172"/>
        <source>%1 dataset: %2 readable images in %3 classes, %4 problem(s).</source>
        <translation>Conjunto %1: %2 imágenes legibles en %3 clases, %4 problema(s).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="178"/>
        <source>Several label columns: training takes one (name it in Label column).</source>
        <translation>Varias columnas de etiqueta: el entrenamiento usa una (indíquela en Columna de etiqueta).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_results.cpp" line="184"/>
        <source>%n class(es), %1 images, %2 problem(s)</source>
        <translation>
            <numerusform>%n clase, %1 imágenes, %2 problema(s)</numerusform>
            <numerusform>%n clases, %1 imágenes, %2 problema(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="265"/>
        <source>fold %1, epoch %2</source>
        <translation>partición %1, época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="265"/>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="290"/>
        <source>fold %1, best epoch %2</source>
        <translation>partición %1, mejor época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="291"/>
        <source>best epoch %1</source>
        <translation>mejor época %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_results.cpp" line="301"/>
        <source>Cancelled after %n finished epoch(s); Resume continues from there.</source>
        <translation>
            <numerusform>Cancelado tras %n época terminada; Reanudar continúa desde ahí.</numerusform>
            <numerusform>Cancelado tras %n épocas terminadas; Reanudar continúa desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="303"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="305"/>
        <source>Finished in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="310"/>
        <source>Accuracy %1, macro-F1 %2, ROC AUC %3</source>
        <translation>Exactitud %1, macro-F1 %2, ROC AUC %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="315"/>
        <source>(mean ± sd over %1 folds)</source>
        <translation>(media ± de en %1 particiones)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="317"/>
        <source>(validation, best epoch)</source>
        <translation>(validación, mejor época)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="320"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="321"/>
        <source>Report folder: %1</source>
        <translation>Carpeta del informe: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="326"/>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="25"/>
        <source>Osteon radiology viewer</source>
        <translation>Visor radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Archivos o carpetas DICOM, DICOMDIR o imágenes para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Disposición de vistas: 1x1, 1x3 o 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma de la interfaz: en, pt_BR o es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Guardar una captura de la ventana cuando se muestre el estudio y salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar el tiempo desde el inicio hasta la primera imagen y salir</translation>
    </message>
</context>
<context>
    <name>osteon::train::TrainSetting</name>
    <message>
        <location filename="../core/train/train_settings.cpp" line="134"/>
        <source>Width of the network input in pixels</source>
        <translation>Ancho de la entrada de la red en píxeles</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="137"/>
        <source>Height of the network input in pixels, 0 = square</source>
        <translation>Alto de la entrada de la red en píxeles, 0 = cuadrada</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="142"/>
        <source>Background removal radius in pixels (seed 003), 0 = off</source>
        <translation>Radio de eliminación del fondo en píxeles (proyecto de referencia 003), 0 = desactivado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="148"/>
        <source>Passes over the training images</source>
        <translation>Pasadas por las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="152"/>
        <source>Images per optimisation step</source>
        <translation>Imágenes por paso de optimización</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="157"/>
        <source>Step size of the optimiser</source>
        <translation>Tamaño de paso del optimizador</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="161"/>
        <source>L2 penalty on the weights (decoupled for AdamW)</source>
        <translation>Penalización L2 de los pesos (desacoplada en AdamW)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="166"/>
        <source>SGD only</source>
        <translation>Solo SGD</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="171"/>
        <source>Reduce on plateau: the rate is multiplied by this when the monitored value stops improving</source>
        <translation>Reducción en meseta: la tasa se multiplica por este valor cuando el valor vigilado deja de mejorar</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="178"/>
        <source>Reduce on plateau: epochs without improvement before the rate is reduced</source>
        <translation>Reducción en meseta: épocas sin mejora antes de reducir la tasa</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="184"/>
        <source>The schedule never lowers the rate below this</source>
        <translation>La planificación nunca baja la tasa por debajo de este valor</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="190"/>
        <source>Stop after this many epochs without improvement of the monitored value, 0 = off</source>
        <translation>Parar tras este número de épocas sin mejora del valor vigilado, 0 = desactivado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="197"/>
        <source>Epochs with only the classifier head trainable</source>
        <translation>Épocas en las que solo la cabeza clasificadora es entrenable</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="203"/>
        <source>Blocks trained after the frozen epochs, counted from the top, 0 = all</source>
        <translation>Bloques entrenados tras las épocas congeladas, contados desde arriba, 0 = todos</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="209"/>
        <source>Learning rate factor after the frozen epochs</source>
        <translation>Factor de la tasa de aprendizaje tras las épocas congeladas</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="215"/>
        <source>Allow frozen epochs on a randomly initialised backbone (tests, experiments)</source>
        <translation>Permitir épocas congeladas con un backbone inicializado al azar (pruebas, experimentos)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="220"/>
        <source>Focal loss focusing exponent, 0 = cross-entropy</source>
        <translation>Exponente de enfoque de la pérdida focal, 0 = entropía cruzada</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="225"/>
        <source>Weight the loss by inverse class frequency</source>
        <translation>Ponderar la pérdida por la frecuencia inversa de la clase</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="228"/>
        <source>Draw training images so that classes are balanced</source>
        <translation>Elegir imágenes de entrenamiento para equilibrar las clases</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="233"/>
        <source>Share of every class held out for validation (without K-fold)</source>
        <translation>Fracción de cada clase reservada para validación (sin K-fold)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="239"/>
        <source>Stratified K-fold cross-validation, 1 = a single split</source>
        <translation>Validación cruzada K-fold estratificada, 1 = una sola división</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="243"/>
        <source>Seed of the split, the initialisation and the augmentation</source>
        <translation>Semilla de la división, la inicialización y el aumento de datos</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="248"/>
        <source>Image decoding threads, 0 = the machine&apos;s cores</source>
        <translation>Hilos de decodificación de imágenes, 0 = los núcleos de la máquina</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="252"/>
        <source>Bound of the decoded-image cache in megabytes</source>
        <translation>Límite de la caché de imágenes decodificadas en megabytes</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="258"/>
        <source>Augment training images (never validation images)</source>
        <translation>Aumentar las imágenes de entrenamiento (nunca las de validación)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="262"/>
        <source>Random rotation in degrees, either way</source>
        <translation>Rotación aleatoria en grados, en cualquier sentido</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="266"/>
        <source>Random shift as a fraction of the width and height</source>
        <translation>Desplazamiento aleatorio como fracción del ancho y el alto</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="270"/>
        <source>Random scale drawn from 1 - zoom to 1 + zoom</source>
        <translation>Escala aleatoria entre 1 - zoom y 1 + zoom</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="275"/>
        <source>Mirror left-right at random</source>
        <translation>Reflejar izquierda-derecha al azar</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="278"/>
        <source>Mirror top-bottom at random</source>
        <translation>Reflejar arriba-abajo al azar</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="280"/>
        <source>Intensity factor drawn from 1 - b to 1 + b</source>
        <translation>Factor de intensidad entre 1 - b y 1 + b</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="285"/>
        <source>Elastic deformation strength in pixels (seed 001: 50), 0 = off</source>
        <translation>Intensidad de la deformación elástica en píxeles (proyecto de referencia 001: 50), 0 = desactivado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="291"/>
        <source>Smoothness of the elastic displacement field in pixels</source>
        <translation>Suavidad del campo de desplazamiento elástico en píxeles</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="297"/>
        <source>Label the model &apos;demo: trained on synthetic phantoms&apos;</source>
        <translation>Etiquetar el modelo 'demo: entrenado con fantomas sintéticos'</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="300"/>
        <source>Continue an interrupted training from the report folder&apos;s checkpoint</source>
        <translation>Continuar un entrenamiento interrumpido desde el checkpoint de la carpeta del informe</translation>
    </message>
</context>
<context>
    <name>osteon::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="35"/>
        <source>demo: trained on synthetic phantoms, not for clinical use</source>
        <translation>demo: entrenado con fantomas sintéticos, no apto para uso clínico</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="41"/>
        <source>Class activation map</source>
        <translation>Mapa de activación de clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="45"/>
        <source>Show the heatmap on the image</source>
        <translation>Mostrar el mapa de calor sobre la imagen</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="53"/>
        <source>Score-CAM (slow)</source>
        <translation>Score-CAM (lento)</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="56"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="58"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="61"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="63"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="67"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="69"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="70"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="71"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="72"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="76"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="80"/>
        <source>Compare with class</source>
        <translation>Comparar con la clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="98"/>
        <source>Export overlay...</source>
        <translation>Exportar superposición...</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="101"/>
        <source>Export heatmap as DICOM Parametric Map...</source>
        <translation>Exportar mapa de calor como mapa paramétrico DICOM...</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="104"/>
        <source>The map as float values with their meaning, referencing the explained image: PACS viewers (Weasis, OHIF, 3D Slicer) and Osteon (File &gt; Open) show it as an overlay</source>
        <translation>El mapa como valores reales con su significado, referenciando la imagen explicada: los visores PACS (Weasis, OHIF, 3D Slicer) y Osteon (Archivo &gt; Abrir) lo muestran como superposición</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="267"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="52"/>
        <source>AI heatmap</source>
        <translation>Mapa de calor de la IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="160"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>No se pudo calcular el mapa de activación de clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="163"/>
        <source>the task returned no heatmap</source>
        <translation>la tarea no devolvió ningún mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="197"/>
        <source>%1, slice %2</source>
        <translation>%1, corte %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="201"/>
        <source>%1 of class %2 at layer %3: %4 ms</source>
        <translation>%1 de la clase %2 en la capa %3: %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="208"/>
        <source>The map is empty: no region of the image supports this class.</source>
        <translation>El mapa está vacío: ninguna región de la imagen respalda esta clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="239"/>
        <source>%1: empty map</source>
        <translation>%1: mapa vacío</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="250"/>
        <location filename="../ui/ai/cam_view.cpp" line="303"/>
        <source>Nothing to export: show a class activation map first.</source>
        <translation>Nada que exportar: muestre primero un mapa de activación de clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="259"/>
        <location filename="../ui/ai/cam_view.cpp" line="308"/>
        <source>Nothing to export: the explained image is gone.</source>
        <translation>Nada que exportar: la imagen explicada ya no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="290"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="293"/>
        <source>Overlay written to %1</source>
        <translation>Superposición guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="316"/>
        <source>The explained image is not a DICOM image: a Parametric Map references its source by DICOM UIDs (export the overlay as PNG instead).</source>
        <translation>La imagen explicada no es una imagen DICOM: un mapa paramétrico referencia su origen por UIDs DICOM (exporte la superposición como PNG).</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="321"/>
        <source>%1 of class %2 at layer %3</source>
        <translation>%1 de la clase %2 en la capa %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="330"/>
        <source>The Parametric Map could not be written: %1</source>
        <translation>El mapa paramétrico no se pudo escribir: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="378"/>
        <source>Parametric Map %1 on %2, slice %3</source>
        <translation>Mapa paramétrico %1 en %2, corte %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="388"/>
        <source>The Parametric Map %1 could not be shown: %2</source>
        <translation>El mapa paramétrico %1 no se pudo mostrar: %2</translation>
    </message>
</context>
</TS>
